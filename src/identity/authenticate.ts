import type { Deps } from "../context.ts";
import { TOKEN_SCOPES } from "../shared/enums.ts";
import type { Actor } from "./actor.ts";
import { findSessionUnscoped, findTokenUnscoped, type PersonWithGroups } from "./credentials.store.ts";
import { identityError } from "./identity.errors.ts";
import { sameSecret, sha256 } from "./secrets.ts";

function toActor(person: PersonWithGroups, via: Actor["via"], scopes: Actor["scopes"]): Actor {
  return {
    personId: person.id,
    name: person.name,
    role: person.role,
    organizationId: person.organizationId,
    orgManager: person.orgManager,
    groupIds: person.groupIds,
    scopes,
    via,
  };
}

/** Resolves a session cookie to its actor; the CSRF token is checked on state-changing requests. */
export async function authenticateSession(
  deps: Pick<Deps, "db" | "clock">,
  sessionToken: string,
  csrf: { required: boolean; presented: string | undefined },
): Promise<Actor> {
  const session = await findSessionUnscoped(deps.db, sha256(sessionToken), deps.clock.now());
  if (!session) throw identityError("UNAUTHENTICATED");
  if (csrf.required && !(csrf.presented && sameSecret(csrf.presented, session.csrfToken))) {
    throw identityError("CSRF_TOKEN_INVALID", "header.x-csrf-token");
  }
  return toActor(session, "session", TOKEN_SCOPES.filter((s) => s !== "admin" || session.role === "admin"));
}

/** Resolves a Bearer API token to its actor, limited to the token's scopes. */
export async function authenticateToken(deps: Pick<Deps, "db" | "clock">, bearer: string): Promise<Actor> {
  const token = await findTokenUnscoped(deps.db, sha256(bearer), deps.clock.now());
  if (!token) throw identityError("UNAUTHENTICATED");
  return toActor(token, "token", token.scopes);
}
