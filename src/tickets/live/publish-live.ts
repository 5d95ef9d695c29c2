import { notifyOnCommit } from "../../platform/live/live.store.ts";
import type { Db } from "../../platform/db/database.ts";
import { LIVE_CHANNEL, ticketChangeMessage, type LiveMessage } from "./live.ts";
import type { TicketReaction } from "../../context.ts";

/**
 * Announces messages to every process's live streams when the caller's transaction commits
 * (NOTIFY is transactional: what rolls back is never announced).
 */
export async function publishLive(tx: Db, messages: readonly LiveMessage[]): Promise<void> {
  await notifyOnCommit(
    tx,
    LIVE_CHANNEL,
    messages.map((m) => JSON.stringify(m)),
  );
}

/**
 * The reaction that announces every batch of ticket events, in the transaction that records them: queued with the
 * change's other writes (NOTIFY is delivered on commit, so it announces all of them wherever it is sent).
 */
export const publishTicketChange: TicketReaction = async (_deps, _tx, change) => {
  change.later.notify(LIVE_CHANNEL, [
    JSON.stringify(
      ticketChangeMessage(
        { id: change.ticketId, number: change.number, before: change.before, after: change.after },
        change.events,
      ),
    ),
  ]);
};
publishTicketChange.readsLaterWrites = false;
