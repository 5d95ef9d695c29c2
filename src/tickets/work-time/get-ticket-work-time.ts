import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { getTicket, type LoadedTicket } from "../ticket/get-ticket.ts";
import { workTime, type WorkTime } from "./work-time.ts";
import { workEventsUnscoped } from "./work-time.store.ts";

export type TicketWithWorkTime = { ticket: LoadedTicket; workTime: WorkTime; measuredAt: Date };

/**
 * A ticket the actor may read (by id or number, as `getTicket`) with the time spent on it per kind of work: remote
 * sessions, time on site, travel. Running stretches are measured up to now. Requesters read it too: they see the
 * visits and sessions themselves on their request.
 */
export async function getTicketWithWorkTime(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  ref: string,
): Promise<TicketWithWorkTime> {
  const ticket = await getTicket(deps, actor, ref);
  const events = await workEventsUnscoped(deps.db, ticket.id);
  const measuredAt = deps.clock.now();
  return { ticket, workTime: workTime(events, measuredAt.getTime()), measuredAt };
}
