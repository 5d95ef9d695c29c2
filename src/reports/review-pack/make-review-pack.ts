import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { publishedSla } from "../../sla/published/published-sla.ts";
import { DomainError } from "../../shared/errors.ts";
import { computeIndicators, factsOf } from "../indicators/indicators.ts";
import { previousPeriod, type Period } from "../indicators/period.ts";
import { loadIndicatorInput } from "../indicators.store.ts";
import { MAX_PERIOD_DAYS, reportError } from "../reports.errors.ts";
import { authorizeReview } from "../review/review.policy.ts";
import { reviewError } from "../review/review.errors.ts";
import { breachCausesOfPeriodUnscoped } from "../review/review.store.ts";
import { packContents, type PublishedTarget } from "./pack-contents.ts";
import { findPackOrganizationUnscoped } from "./review-pack.store.ts";
import { renderPackPdf } from "./render-pack-pdf.ts";

export type PackRequest = { organizationId: string; from: Date; to: Date };

// A bound at midnight UTC reads as its date; anything finer keeps its time.
const bound = (d: Date) =>
  d.toISOString().endsWith("T00:00:00.000Z") ? d.toISOString().slice(0, 10) : d.toISOString();

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
  const filters = { organizationId: organization.id };
  const before = previousPeriod(period);
  const [input, earlier] = await Promise.all([
    loadIndicatorInput(deps.db, period, filters, null),
    loadIndicatorInput(deps.db, before, filters, null),
  ]);
  const pack = packContents({
    organization: organization.name,
    period: { from: bound(request.from), to: bound(request.to) },
    report: computeIndicators(input, period, now.getTime()),
    previous: computeIndicators(earlier, before, now.getTime()),
    facts: factsOf(input, period, now.getTime()),
    targets: await targets(deps),
    causes: await breachCausesOfPeriodUnscoped(deps.db, organization.id, request.from, request.to),
    madeAt: now.toISOString(),
  });
  const name = organization.name.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "") || "organization";
  return {
    pdf: await renderPackPdf(pack, now),
    filename: `review-pack-${name}-${bound(request.from).slice(0, 10)}-${bound(request.to).slice(0, 10)}.pdf`,
  };
}
