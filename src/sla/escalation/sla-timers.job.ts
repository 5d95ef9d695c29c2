import type { Deps } from "../../context.ts";
import type { WorkerTask } from "../../platform/jobs/worker.ts";
import { earliestDue } from "../clock/ticket-sla.store.ts";
import { fireDueTimers } from "./fire-due-timers.ts";
import { escalateOverdueCallbacks, nextCallbackDue } from "../../channels/telephony/escalate-overdue-callbacks.ts";

// Tickets per pass: a pass costs a dozen statements whatever its size, so bigger passes fire more per second
// under a backlog (bench/sla-timers.bench.ts); a request changing one of them waits for the pass to commit.
const BATCH = 500;
// A due ticket a pass could not claim is locked by another worker in mid-pass: look again this soon, not at once
// (at once would spin on the same locked rows until that worker commits).
const LOCKED_RETRY_MS = 25;

const earlier = (a: Date | null, b: Date | null) => (a && b ? (a < b ? a : b) : (a ?? b));

/**
 * The worker task that fires SLA warnings, breaches and escalations as they fall due, and escalates overdue
 * callbacks of missed calls (a threshold on no ticket: telephony's own claim keeps it once only).
 */
export function slaTimersTask(deps: Deps, batch = BATCH): WorkerTask {
  let claimedNone = false;
  return {
    name: "sla-timers",
    run: async () => {
      const { claimed } = await fireDueTimers(deps, batch);
      const callbacks = await escalateOverdueCallbacks(deps, batch);
      claimedNone = claimed === 0 && callbacks === 0;
      return { more: claimed === batch || callbacks === batch };
    },
    nextWakeAt: async () => {
      const at = earlier(await earliestDue(deps.db), await nextCallbackDue(deps));
      if (!at || !claimedNone) return at;
      return new Date(Math.max(at.getTime(), deps.clock.now().getTime() + LOCKED_RETRY_MS));
    },
  };
}
