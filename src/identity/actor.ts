import type { Role, TokenScope } from "../shared/enums.ts";
import { TOKEN_SCOPES } from "../shared/enums.ts";

/** Who is asking, with everything authorization needs, resolved once per request. */
export type Actor = {
  personId: string;
  name: string;
  role: Role;
  organizationId: string;
  /** A requester who manages their organization (sees all of its tickets). */
  orgManager: boolean;
  /** Support groups the person belongs to (agents). */
  groupIds: readonly string[];
  /** What the credential allows; a session carries every scope, a token only those it was given. */
  scopes: readonly TokenScope[];
  via: "session" | "token" | "system";
};

/** Whether the credential in use carries a scope ("admin" implies every other). */
export function hasScope(actor: Actor, scope: TokenScope): boolean {
  return actor.scopes.includes(scope) || actor.scopes.includes("admin");
}

/** The actor for work done by Frontline itself (CLI, seed, worker): an admin with no person behind it. */
export const SYSTEM_ACTOR: Actor = {
  personId: "00000000-0000-0000-0000-000000000000",
  name: "Frontline",
  role: "admin",
  organizationId: "00000000-0000-0000-0000-000000000000",
  orgManager: false,
  groupIds: [],
  scopes: TOKEN_SCOPES,
  via: "system",
};

/** The person id to record as an event's actor (null for the system). */
export function actorIdOf(actor: Actor): string | null {
  return actor.via === "system" ? null : actor.personId;
}

/** Staff of the help desk act on tickets; requesters only raise and follow their own. */
export function isStaff(actor: Actor): boolean {
  return actor.role === "agent" || actor.role === "manager" || actor.role === "admin";
}
