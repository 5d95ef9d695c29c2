import type { Deps } from "../context.ts";
import type { Actor } from "../identity/actor.ts";
import { normalisePhone, phoneMatchKey } from "../shared/phone.ts";
import { authorizeChannel } from "./channel.policy.ts";
import { channelError } from "./channels.errors.ts";
import { findOpenTicketsOfRequesters, findPeopleByPhoneKeyUnscoped } from "./call.store.ts";

const MAX_PEOPLE = 20;
const MAX_TICKETS = 200;

/**
 * Who is calling from this number (staff): the people whose phone is the same line (the last 10 digits agree,
 * see shared/phone.ts), each with the open tickets they raised that the agent may see, newest first.
 */
export async function lookupCaller(deps: Pick<Deps, "db">, actor: Actor, number: string) {
  authorizeChannel(actor, "call.lookup");
  const normalised = normalisePhone(number);
  if (!normalised) throw channelError("PHONE_NUMBER_INVALID", "query.number");
  const people = await findPeopleByPhoneKeyUnscoped(deps.db, phoneMatchKey(normalised), MAX_PEOPLE);
  const open = await findOpenTicketsOfRequesters(
    deps.db,
    actor,
    people.map((p) => p.id),
    MAX_TICKETS,
  );
  return {
    number: normalised,
    matches: people.map((person) => ({
      person,
      openTickets: open.filter((t) => t.requesterId === person.id).map(({ requesterId: _r, ...t }) => t),
    })),
  };
}
