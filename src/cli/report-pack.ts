// `frontline report pack`: a client organization's service review pack as a PDF file, made as Frontline itself (the
// organization's whole figures). Options are checked before the database opens; problems are one line.
import { writeFile } from "node:fs/promises";
import type { Deps } from "../context.ts";
import { SYSTEM_ACTOR } from "../identity/actor.ts";
import { findOrganizationIdByName } from "../reports/indicators.store.ts";
import { makeReviewPack } from "../reports/review-pack/make-review-pack.ts";
import { parseReportOptions } from "./report.ts";
import { UsageError } from "./usage-error.ts";

export type PackOptions = { organization: string; from: string; to: string; out: string };
export type PackCommand = { organization: string; from: Date; to: Date; out: string };

/** Checks `report pack`'s options: the same period rules as `report indicators`, a name and a file to write. */
export function parsePackOptions(opts: PackOptions): PackCommand {
  const { from, to, organization } = parseReportOptions({
    from: opts.from,
    to: opts.to,
    organization: opts.organization,
  });
  if (!organization) throw new UsageError("--organization: give the organization's name");
  if (!opts.out.trim()) throw new UsageError("--out: give the file to write the PDF to");
  return { organization, from, to, out: opts.out };
}

/** Writes the pack to the file; returns its size in bytes. */
export async function reportPack(deps: Pick<Deps, "db" | "clock" | "cache">, command: PackCommand): Promise<number> {
  const organizationId = await findOrganizationIdByName(deps.db, command.organization);
  if (!organizationId)
    throw new UsageError(`--organization: no organization named ${JSON.stringify(command.organization)}`);
  const { pdf } = await makeReviewPack(deps, SYSTEM_ACTOR, { organizationId, from: command.from, to: command.to });
  await writeFile(command.out, pdf).catch((error: Error) => {
    throw new UsageError(`--out: cannot write ${command.out}: ${error.message.replace(/, open .*$/, "")}`);
  });
  return pdf.length;
}
