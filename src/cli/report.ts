// `frontline report indicators`: the same report object as GET /api/v1/reports/indicators, read as Frontline
// itself (every ticket), as JSON or CSV. Options are checked before the database opens; problems are one line.
import type { Deps } from "../context.ts";
import { SYSTEM_ACTOR } from "../identity/actor.ts";
import { figuresCsv } from "../reports/csv.ts";
import { getIndicators } from "../reports/get-indicators.ts";
import { findOrganizationIdByName } from "../reports/indicators.store.ts";
import { parsePeriodBound } from "../reports/period-bound.ts";
import { MAX_PERIOD_DAYS } from "../reports/reports.errors.ts";
import { CHANNELS, PRIORITIES, type Channel, type Priority } from "../shared/enums.ts";
import { UsageError } from "./usage-error.ts";

export type ReportOptions = {
  from: string;
  to: string;
  organization?: string;
  priority?: string;
  channel?: string;
  format?: string;
};
export type ReportRequest = {
  from: Date;
  to: Date;
  organization: string | null;
  priority?: Priority;
  channel?: Channel;
  format: "json" | "csv";
};

/** A value of one of the ticket vocabularies, or a usage error listing the values there are. */
function oneOf<T extends string>(option: string, value: string | undefined, values: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if (!(values as readonly string[]).includes(v))
    throw new UsageError(`--${option}: ${JSON.stringify(value)} is not one of ${values.join(", ")}`);
  return v as T;
}

/** Checks `report indicators`' options: real dates or instants, a period that ends after it starts, a known format. */
export function parseReportOptions(opts: ReportOptions): ReportRequest {
  const bound = (name: "from" | "to") => {
    const parsed = parsePeriodBound(opts[name].trim());
    if (!parsed.ok) throw new UsageError(`--${name}: ${JSON.stringify(opts[name])} ${parsed.message}`);
    return parsed.value;
  };
  const from = bound("from");
  const to = bound("to");
  if (to <= from) throw new UsageError("--to: the period must end after it starts (--to is excluded)");
  if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * 86_400_000) {
    throw new UsageError(`--to: a report covers at most ${MAX_PERIOD_DAYS} days`);
  }
  const format = opts.format ?? "json";
  if (format !== "json" && format !== "csv")
    throw new UsageError(`--format: ${JSON.stringify(format)} is not json or csv`);
  const organization = opts.organization?.trim() || null;
  if (opts.organization !== undefined && !organization)
    throw new UsageError("--organization: give the organization's name");
  const priority = oneOf("priority", opts.priority, PRIORITIES);
  const channel = oneOf("channel", opts.channel, CHANNELS);
  return { from, to, organization, format, priority, channel };
}

/** Prints the indicators of the period: one JSON object, or one CSV table of figures. */
export async function reportIndicators(
  deps: Pick<Deps, "db" | "readDb" | "clock">,
  request: ReportRequest,
  write: (text: string) => void,
): Promise<void> {
  let organizationId: string | undefined;
  if (request.organization) {
    organizationId = await findOrganizationIdByName(deps.db, request.organization);
    if (!organizationId)
      throw new UsageError(`--organization: no organization named ${JSON.stringify(request.organization)}`);
  }
  const query = {
    from: request.from,
    to: request.to,
    ...(organizationId ? { organizationId } : {}),
    ...(request.priority ? { priority: request.priority } : {}),
    ...(request.channel ? { channel: request.channel } : {}),
  };
  const report = await getIndicators(deps, SYSTEM_ACTOR, query);
  write(request.format === "json" ? `${JSON.stringify(report, null, 2)}\n` : figuresCsv(report));
}
