import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { loadCalendarTimelines } from "../../sla/calendar/calendar.store.ts";
import { checkPolicyReferences } from "../../sla/policy/policy-definition.ts";
import { findPolicy } from "../../sla/policy/policy.store.ts";
import { PRIORITIES } from "../../shared/enums.ts";
import type { PolicyDefinition } from "../../sla/policy/policy.ts";
import { slaError } from "../../sla/sla.errors.ts";
import { loadIndicatorInput } from "../indicators.store.ts";
import { checkedPeriod } from "../report-query.ts";
import { authorizeReport } from "../report.policy.ts";
import { replayUnderDraft, type WhatIf } from "./what-if.ts";

export type WhatIfQuery = {
  from: Date;
  to: Date;
  /** The policy the draft would change: only its tickets are replayed. Without it, every ticket with an SLA. */
  policyId?: string;
  /** The draft, in the shape the policy editor saves. */
  definition: PolicyDefinition;
};

export type WhatIfAnswer = WhatIf & { period: { from: string; to: string }; policy_id: string | null };

/**
 * What a past period's SLA compliance would have been under a draft policy: each ticket of the period (of the
 * policy, when one is named) replayed through the clock fold under the version it was pinned to and under the
 * draft, side by side, with the clocks that would flip. Reads only; managers and admins.
 */
export async function replaySlaDraft(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  q: WhatIfQuery,
): Promise<WhatIfAnswer> {
  authorizeReport(actor, "whatIf.read", {});
  const period = checkedPeriod(q.from, q.to, "body");
  if (q.policyId && !(await findPolicy(deps.db, q.policyId))) throw slaError("POLICY_NOT_FOUND", "body.policyId");
  await checkPolicyReferences(deps.db, q.definition);
  const calendars = await loadCalendarTimelines(
    deps.db,
    PRIORITIES.map((p) => q.definition.targets[p].calendarId),
  );
  const input = await loadIndicatorInput(deps.db, period, { policyId: q.policyId }, null);
  const answer = replayUnderDraft(
    input.tickets,
    { policy: q.definition, calendars },
    period,
    deps.clock.now().getTime(),
  );
  const at = (ms: number) => new Date(ms).toISOString();
  return { ...answer, period: { from: at(period.from), to: at(period.to) }, policy_id: q.policyId ?? null };
}
