import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { tableCsv, tableXlsx } from "../../reports/table-export.ts";
import { getSurveyResults } from "./get-survey-results.ts";
import { answersOfRound } from "./regular-survey.store.ts";
import { resultsTable } from "./results-export.ts";

/** A round's results as a download (managers and admins): CSV text or an Excel workbook, with its file name. */
export async function exportSurveyResults(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  ref: { surveyId: string; roundId: string },
  format: "csv" | "xlsx",
): Promise<{ filename: string; body: string | Buffer }> {
  const results = await getSurveyResults(deps, actor, ref.surveyId, ref.roundId);
  const table = resultsTable(
    `Survey ${results.round.periodStart}`,
    results,
    await answersOfRound(deps.db, ref.roundId),
  );
  const filename = `survey-${results.round.periodStart}.${format}`;
  return { filename, body: format === "csv" ? tableCsv(table) : await tableXlsx(table) };
}
