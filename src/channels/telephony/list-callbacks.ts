import type { Deps } from "../../context.ts";
import { actorIdOf, type Actor } from "../../identity/actor.ts";
import { authorizeChannel } from "../channel.policy.ts";
import { channelError } from "../channels.errors.ts";
import { findOpenCallbacksUnscoped, lockCallUnscoped, updateCallUnscoped } from "./telephony.store.ts";

const MAX_CALLBACKS = 200;

/** The callback queue (staff): missed calls not yet called back, the earliest due first. */
export async function listCallbacks(deps: Pick<Deps, "db">, actor: Actor) {
  authorizeChannel(actor, "call.lookup");
  return findOpenCallbacksUnscoped(deps.db, MAX_CALLBACKS);
}

/** Marks a missed call as called back (staff); 404 when it is not waiting for one. */
export async function completeCallback(deps: Pick<Deps, "db" | "clock">, actor: Actor, id: string) {
  authorizeChannel(actor, "call.log");
  return deps.db.transaction(async (tx) => {
    const call = await lockCallUnscoped(tx, id);
    if (!call || !call.callbackDueAt || call.callbackDoneAt)
      throw channelError("TELEPHONY_CALLBACK_NOT_FOUND", "params.id");
    return updateCallUnscoped(tx, id, { callbackDoneAt: deps.clock.now(), callbackDoneBy: actorIdOf(actor) });
  });
}
