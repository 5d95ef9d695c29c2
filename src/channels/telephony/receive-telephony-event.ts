import type { Deps } from "../../context.ts";
import type { Db } from "../../platform/db/database.ts";
import { publishLive } from "../../tickets/live/publish-live.ts";
import { channelError } from "../channels.errors.ts";
import { callbackDue, callStep, isMissed, type CallState } from "./telephony.ts";
import {
  claimCallStateUnscoped,
  findStaffByExtensionUnscoped,
  insertCallUnscoped,
  lockCallByProviderIdUnscoped,
  updateCallUnscoped,
  type TelephonyCallRow,
} from "./telephony.store.ts";

/** One event of the documented telephony JSON shape (the Twilio-style form post is translated to it). */
export type TelephonyEvent = {
  callId: string;
  direction: "inbound" | "outbound";
  from: string;
  to: string;
  state: CallState;
  agentExtension?: string | null | undefined;
  recordingUrl?: string | null | undefined;
  at: Date;
};

/**
 * Applies one authenticated telephony event in one transaction: a ringing event opens the call record, answered
 * and ended move it on. Each (call, state) is stored once, so a replayed event changes nothing and says so.
 * An answered call pops the caller on the live streams of the staff member whose extension answered; a call that
 * ends unanswered gets a callback due TELEPHONY_CALLBACK_MINUTES later. An answered/ended event for a call that
 * never rang is refused (TELEPHONY_CALL_UNKNOWN), and so is an answer after the end: nothing is stored.
 */
export async function receiveTelephonyEvent(
  deps: Pick<Deps, "db" | "config">,
  event: TelephonyEvent,
): Promise<{ call: TelephonyCallRow; replayed: boolean }> {
  return deps.db.transaction(async (tx) => {
    let call = await lockCallByProviderIdUnscoped(tx, event.callId);
    const step = callStep(call, event.state);
    if (step.kind === "unknown") throw channelError("TELEPHONY_CALL_UNKNOWN", "body.callId");
    if (step.kind === "ended") throw channelError("TELEPHONY_CALL_ENDED", "body.state");
    if (!call) {
      // Two deliveries of one ringing event may race: the loser reads the winner's row (and is then a replay).
      call =
        (await insertCallUnscoped(tx, {
          callId: event.callId,
          direction: event.direction,
          fromNumber: event.from,
          toNumber: event.to,
          state: "ringing",
          ringingAt: event.at,
        })) ?? (await lockCallByProviderIdUnscoped(tx, event.callId))!;
    }
    if (!(await claimCallStateUnscoped(tx, call.id, event.state, event.at))) return { call, replayed: true };
    return { call: await applyState(deps, tx, call, event), replayed: false };
  });
}

async function applyState(
  deps: Pick<Deps, "config">,
  tx: Db,
  call: TelephonyCallRow,
  event: TelephonyEvent,
): Promise<TelephonyCallRow> {
  const recordingUrl = event.recordingUrl ?? call.recordingUrl;
  if (event.state === "ringing") return call;
  if (event.state === "answered") {
    const extension = event.agentExtension ?? call.agentExtension;
    const agentId = extension ? ((await findStaffByExtensionUnscoped(tx, extension)) ?? null) : null;
    const updated = await updateCallUnscoped(tx, call.id, {
      state: "answered",
      answeredAt: event.at,
      agentExtension: extension,
      agentId,
      recordingUrl,
    });
    if (agentId)
      await publishLive(tx, [
        { type: "call", recipientId: agentId, callId: call.id, from: call.fromNumber, at: event.at.toISOString() },
      ]);
    return updated;
  }
  const missed = isMissed(call, event.state);
  return updateCallUnscoped(tx, call.id, {
    state: "ended",
    endedAt: event.at,
    recordingUrl,
    callbackDueAt: missed ? callbackDue(event.at, deps.config.TELEPHONY_CALLBACK_MINUTES) : null,
  });
}
