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
  deps: Pick<Deps, "db" | "clock" | "cache">,
  sessionToken: string,
  csrf: { required: boolean; presented: string | undefined },
): Promise<Actor> {
  const hash = sha256(sessionToken);
  // Only live sessions are cached (a miss throws, and failures are never cached), so guessing fills nothing.
  const session = await deps.cache.get(`auth:session:${hash}`, async () => {
    const found = await findSessionUnscoped(deps.db, hash, deps.clock.now());
    if (!found) throw identityError("UNAUTHENTICATED");
    return found;
  });
  if (csrf.required && !(csrf.presented && sameSecret(csrf.presented, session.csrfToken))) {
    throw identityError("CSRF_TOKEN_INVALID", "header.x-csrf-token");
  }
  return signedInActor(session);
}

/**
 * A person as signed in: every scope their role gives. Also the actor of what a channel accepted from them (a mail the
 * mailbox took, a message the signed webhook brought): the message is the credential, as a session would be.
 */
export function signedInActor(person: PersonWithGroups): Actor {
  return toActor(
    person,
    "session",
    // Metrics are read by scrapers with tokens; an admin's session may issue such a token, no one else's.
    TOKEN_SCOPES.filter((s) => (s !== "admin" && s !== "metrics") || person.role === "admin"),
  );
}

/** Resolves a Bearer API token to its actor, limited to the token's scopes. */
export async function authenticateToken(deps: Pick<Deps, "db" | "clock" | "cache">, bearer: string): Promise<Actor> {
  const hash = sha256(bearer);
  const token = await deps.cache.get(`auth:token:${hash}`, async () => {
    const found = await findTokenUnscoped(deps.db, hash, deps.clock.now());
    if (!found) throw identityError("UNAUTHENTICATED");
    return found;
  });
  return toActor(token, "token", token.scopes);
}
