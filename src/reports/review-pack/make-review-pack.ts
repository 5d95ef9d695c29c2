import { Temporal } from "temporal-polyfill";
import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { publishedSla } from "../../sla/published/published-sla.ts";
import { DomainError } from "../../shared/errors.ts";
import { catchUpFacts } from "../catch-up-facts.ts";
import { indicatorPeriodsFromFacts } from "../fact-indicators.ts";
import type { IndicatorReport } from "../indicators/indicators.ts";
import { ticketFacts } from "../indicators/ticket-facts.ts";
import { previousPeriod, type Period } from "../indicators/period.ts";
import { MAX_PERIOD_DAYS, reportError } from "../reports.errors.ts";
import { authorizeReview } from "../review/review.policy.ts";
import { reviewError } from "../review/review.errors.ts";
import { breachCausesOfPeriodUnscoped } from "../review/review.store.ts";
import { packContents, type PublishedTarget } from "./pack-contents.ts";
import { breachedHistoriesUnscoped, findPackOrganizationUnscoped } from "./review-pack.store.ts";
import { renderPackPdf } from "./render-pack-pdf.ts";

export type PackRequest = {
  organizationId: string;
  from: Date;
  to: Date;
  /** The zone the period's days were cut in (a scheduled pack: the desk's); UTC when not given. */
  timeZone?: string;
};

// A bound at midnight in the period's zone reads as its date; anything finer keeps its instant.
function bound(d: Date, timeZone: string): string {
  const local = Temporal.Instant.fromEpochMilliseconds(d.getTime()).toZonedDateTimeISO(timeZone);
  const midnight = local.hour === 0 && local.minute === 0 && local.second === 0 && local.millisecond === 0;
  return midnight ? local.toPlainDate().toString() : d.toISOString();
}

async function targets(deps: Pick<Deps, "db" | "clock" | "cache">): Promise<PublishedTarget[] | null> {
  try {
    return (await publishedSla(deps)).priorities;
  } catch (error) {
    if (error instanceof DomainError && error.kind === "not_found") return null;
    throw error;
  }
}

/**
 * The service review pack of a client organization for a period, as a PDF: the indicators of all its tickets
 * against the published targets, the trend against the period before, the worst breaches with the causes recorded
 * in its review, escalations and satisfaction. Staff and the organization's own managers may read it; anyone else
 * is told there is no such organization.
 */
export async function makeReviewPack(
  deps: Pick<Deps, "db" | "clock" | "cache">,
  actor: Actor,
  request: PackRequest,
): Promise<{ pdf: Buffer; filename: string }> {
  authorizeReview(actor, "pack.read", request.organizationId);
  const period: Period = { from: request.from.getTime(), to: request.to.getTime() };
  if (period.to <= period.from) throw reportError("INVALID_PERIOD", "query.to");
  if (period.to - period.from > MAX_PERIOD_DAYS * 86_400_000) throw reportError("PERIOD_TOO_LONG", "query.to");
  const organization = await findPackOrganizationUnscoped(deps.db, request.organizationId);
  if (!organization) throw reviewError("REVIEW_NOT_FOUND", "query.organization");
  if (organization.kind !== "client") throw reviewError("ORGANIZATION_NOT_CLIENT", "query.organization");
  const now = deps.clock.now();
  const zone = request.timeZone ?? "UTC";
  const filters = { organizationId: organization.id };
  const before = previousPeriod(period);
  // Both periods' figures from the indicator facts in one statement; only the breached tickets' histories up to the
  // period's end are folded (the worst breaches are ranked by their overrun and named by their subject).
  // The pack reads the primary throughout (it is made on a schedule too, where a lagging replica helps nobody).
  await catchUpFacts({ ...deps, readDb: deps.db });
  const [report, previous] = (await indicatorPeriodsFromFacts(
    deps.db,
    [period, before],
    filters,
    null,
    now.getTime(),
  )) as [IndicatorReport, IndicatorReport];
  const list = await breachedHistoriesUnscoped(
    deps.db,
    report.sla.breached.map((b) => b.ticket_id),
    request.to,
  );
  const pack = packContents({
    organization: organization.name,
    period: { from: bound(request.from, zone), to: bound(request.to, zone) },
    report,
    previous,
    facts: list.flatMap((t) => ticketFacts(t, period, now.getTime()) ?? []),
    targets: await targets(deps),
    causes: await breachCausesOfPeriodUnscoped(deps.db, organization.id, request.from, request.to),
    madeAt: now.toISOString(),
  });
  const name = organization.name.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "") || "organization";
  return {
    pdf: await renderPackPdf(pack, now),
    filename: `review-pack-${name}-${bound(request.from, zone).slice(0, 10)}-${bound(request.to, zone).slice(0, 10)}.pdf`,
  };
}
