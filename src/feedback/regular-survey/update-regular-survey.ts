import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { diffFields, hasChanges } from "../../identity/audit.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { feedbackError } from "../feedback.errors.ts";
import { checkTargets } from "./create-regular-survey.ts";
import { DEFINITION_FIELDS, SurveyQuestions, type SurveyDefinition } from "./regular-survey.ts";
import { authorizeRegularSurvey } from "./regular-survey.policy.ts";
import { lockRegularSurvey, saveRegularSurvey, type RegularSurveyRow } from "./regular-survey.store.ts";

/**
 * Replaces a regular survey's definition (admin): questions, targets, schedule, reminders, status (draft, active,
 * paused, closed). Audited field by field; an edit that changes nothing writes nothing. Rounds already opened keep
 * the questions they opened with, so answers given keep the question they answered and only later rounds ask the
 * new questions.
 */
export async function updateRegularSurvey(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  id: string,
  input: SurveyDefinition,
): Promise<RegularSurveyRow> {
  authorizeRegularSurvey(actor, "regular_survey.write");
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const before = await lockRegularSurvey(tx, id);
    if (!before) throw feedbackError("REGULAR_SURVEY_NOT_FOUND", "params.id");
    // jsonb keeps object keys in its own order: read the stored questions back in the schema's order to compare.
    const stored = SurveyQuestions.safeParse(before.questions);
    const current = { ...before, questions: stored.success ? stored.data : before.questions };
    const changes = diffFields<SurveyDefinition>(current, input, DEFINITION_FIELDS);
    if (!hasChanges(changes)) return before;
    await checkTargets(tx, input.organizationIds);
    const after = await saveRegularSurvey(tx, id, { ...input, updatedAt: now });
    await recordAudit(
      tx,
      actor,
      { action: "regular_survey.updated", entity: "regular_survey", entityId: id, changes },
      now,
    );
    return after;
  });
}
