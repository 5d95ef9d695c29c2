import { and, eq, gt, isNull, ne, or, sql } from "drizzle-orm";
import type { Db } from "../platform/db/database.ts";
import type { Role, TokenScope } from "../shared/enums.ts";
import { apiTokens, groupMembers, people, sessions } from "./identity.tables.ts";

export type PersonWithGroups = {
  id: string;
  name: string;
  role: Role;
  organizationId: string;
  orgManager: boolean;
  groupIds: string[];
};

const groupIdsOf = sql<
  string[]
>`coalesce((select array_agg(${groupMembers.groupId}) from ${groupMembers} where ${groupMembers.personId} = ${people.id}), '{}')`;

const personColumns = {
  id: people.id,
  name: people.name,
  role: people.role,
  organizationId: people.organizationId,
  orgManager: people.orgManager,
  groupIds: groupIdsOf,
};

/** The active person behind a live session id, with the session's CSRF token. Unscoped: it is the authentication step. */
export async function findSessionUnscoped(
  db: Db,
  sessionId: string,
  now: Date,
): Promise<(PersonWithGroups & { csrfToken: string }) | undefined> {
  const [row] = await db
    .select({ ...personColumns, csrfToken: sessions.csrfToken })
    .from(sessions)
    .innerJoin(people, eq(people.id, sessions.personId))
    .where(and(eq(sessions.id, sessionId), gt(sessions.expiresAt, now), eq(people.active, true)));
  return row;
}

/** The active person behind a live API token hash, with the token's scopes. Unscoped: authentication. */
export async function findTokenUnscoped(
  db: Db,
  tokenHash: string,
  now: Date,
): Promise<(PersonWithGroups & { scopes: TokenScope[] }) | undefined> {
  const [row] = await db
    .select({ ...personColumns, scopes: apiTokens.scopes })
    .from(apiTokens)
    .innerJoin(people, eq(people.id, apiTokens.personId))
    .where(
      and(
        eq(apiTokens.tokenHash, tokenHash),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
        eq(people.active, true),
      ),
    );
  return row ? { ...row, scopes: row.scopes as TokenScope[] } : undefined;
}

/** Looks a person up by email for sign-in. Unscoped: the caller is not yet known. */
export async function findLoginUnscoped(db: Db, email: string) {
  const [row] = await db
    .select({ id: people.id, passwordHash: people.passwordHash, active: people.active })
    .from(people)
    .where(sql`lower(${people.email}) = lower(${email})`);
  return row;
}

/** A person's email and password hash, to check their current password. Unscoped: the caller is that person. */
export async function findOwnPasswordUnscoped(db: Db, personId: string) {
  const [row] = await db
    .select({ email: people.email, passwordHash: people.passwordHash })
    .from(people)
    .where(eq(people.id, personId));
  return row;
}

export async function insertSession(db: Db, row: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(row);
}

/** Ends one session; says whether there was one. */
export async function deleteSession(db: Db, sessionId: string): Promise<boolean> {
  const gone = await db.delete(sessions).where(eq(sessions.id, sessionId)).returning({ id: sessions.id });
  return gone.length > 0;
}

/** Ends every session of a person except `keepSessionId` (the one making the change); returns how many ended. */
export async function deleteSessionsOfPerson(db: Db, personId: string, keepSessionId?: string): Promise<number> {
  const gone = await db
    .delete(sessions)
    .where(and(eq(sessions.personId, personId), keepSessionId ? ne(sessions.id, keepSessionId) : undefined))
    .returning({ id: sessions.id });
  return gone.length;
}

/** Drops sessions past their expiry; returns how many. */
export async function deleteExpiredSessions(db: Db, now: Date): Promise<number> {
  const gone = await db
    .delete(sessions)
    .where(sql`${sessions.expiresAt} <= ${now}`)
    .returning({ id: sessions.id });
  return gone.length;
}
