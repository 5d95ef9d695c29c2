import type { Deps } from "../../context.ts";
import { computeIndicators, factsOf } from "../indicators/indicators.ts";
import type { Period } from "../indicators/period.ts";
import { loadIndicatorInput } from "../indicators.store.ts";
import type { ReviewRow } from "./review.store.ts";

export type ReviewBreach = {
  ticketId: string;
  number: number;
  subject: string;
  priority: string;
  clocks: Array<"first_response" | "resolution">;
};

/** A review's period as instants: whole UTC days, the end excluded. */
export const reviewPeriod = (review: Pick<ReviewRow, "periodFrom" | "periodTo">): Period => ({
  from: Date.parse(`${review.periodFrom}T00:00:00Z`),
  to: Date.parse(`${review.periodTo}T00:00:00Z`),
});

/** The organization's tickets that breached a target in the review's period (as the indicators count them). */
export async function reviewBreaches(
  deps: Pick<Deps, "db" | "clock">,
  review: Pick<ReviewRow, "organizationId" | "periodFrom" | "periodTo">,
): Promise<ReviewBreach[]> {
  const period = reviewPeriod(review);
  const now = deps.clock.now().getTime();
  const input = await loadIndicatorInput(deps.db, period, { organizationId: review.organizationId }, null);
  const facts = factsOf(input, period, now);
  const subjects = new Map(facts.map((f) => [f.id, f.state.subject]));
  return computeIndicators(input, period, now).sla.breached.map((b) => ({
    ticketId: b.ticket_id,
    number: b.number,
    subject: subjects.get(b.ticket_id) ?? "",
    priority: b.priority,
    clocks: b.clocks.map((c) => c.kind),
  }));
}
