import { and, asc, eq, ilike, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../platform/db/database.ts";
import { containsPattern, decodeCursor, encodeCursor } from "../platform/db/keyset.ts";
import type { Role } from "../shared/enums.ts";
import { isStaff, type Actor } from "./actor.ts";
import { organizations, people } from "./identity.tables.ts";
import { identityError } from "./identity.errors.ts";

/** An active person by id, with their organization. Unscoped: callers decide what the actor may do with them. */
export async function findActivePersonUnscoped(db: Db, id: string) {
  const [row] = await db
    .select({
      id: people.id,
      name: people.name,
      role: people.role,
      organizationId: people.organizationId,
      email: people.email,
    })
    .from(people)
    .where(and(eq(people.id, id), eq(people.active, true)));
  return row;
}

/** Anyone (active or not) with this email, case-insensitively. Unscoped: uniqueness checks and CLI lookups. */
export async function findPersonByEmailUnscoped(db: Db, email: string) {
  const [row] = await db
    .select()
    .from(people)
    .where(sql`lower(${people.email}) = lower(${email})`);
  return row;
}

export async function insertPersonRow(db: Db, row: typeof people.$inferInsert) {
  const [created] = await db.insert(people).values(row).returning();
  return created!;
}

/** The help-desk provider's own organization, if one exists. */
export async function findProviderOrganization(db: Db) {
  const [row] = await db.select().from(organizations).where(eq(organizations.kind, "provider")).limit(1);
  return row;
}

export async function insertOrganizationRow(db: Db, row: typeof organizations.$inferInsert) {
  const [created] = await db.insert(organizations).values(row).returning();
  return created!;
}

/** Whether a database error is a unique-constraint violation (SQLSTATE 23505), as thrown by either engine. */
export function isUniqueViolation(error: unknown): boolean {
  for (
    let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0;
    e && depth < 4;
    e = e.cause as typeof e, depth++
  ) {
    if (e.code === "23505") return true;
  }
  return false;
}

/** The SQL form of the policy's organization.read: staff see every organization, anyone else only their own. */
export function organizationsVisibleTo(actor: Actor): SQL | undefined {
  return isStaff(actor) ? undefined : eq(organizations.id, actor.organizationId);
}

/** The organizations the actor may see, by name. */
export async function findOrganizations(db: Db, actor: Actor) {
  return db
    .select()
    .from(organizations)
    .where(organizationsVisibleTo(actor))
    .orderBy(asc(organizations.name), asc(organizations.id));
}

/** An organization the actor may see, or undefined. */
export async function findOrganization(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select()
    .from(organizations)
    .where(and(eq(organizations.id, id), organizationsVisibleTo(actor)));
  return row;
}

/** Locks an organization the actor may see for the rest of the transaction. */
export async function lockOrganization(tx: Db, actor: Actor, id: string) {
  const [row] = await tx
    .select()
    .from(organizations)
    .where(and(eq(organizations.id, id), organizationsVisibleTo(actor)))
    .for("update");
  return row;
}

export async function updateOrganizationRow(tx: Db, id: string, patch: Partial<typeof organizations.$inferInsert>) {
  const [row] = await tx.update(organizations).set(patch).where(eq(organizations.id, id)).returning();
  return row!;
}

/** The SQL form of the policy's person.read: staff see everyone; a requester themselves, or their organization as its manager. */
export function peopleVisibleTo(actor: Actor): SQL | undefined {
  if (isStaff(actor)) return undefined;
  return actor.orgManager ? eq(people.organizationId, actor.organizationId) : eq(people.id, actor.personId);
}

// Everything about a person except the password hash, which never leaves the store.
const personColumns = {
  id: people.id,
  organizationId: people.organizationId,
  name: people.name,
  email: people.email,
  phone: people.phone,
  extension: people.extension,
  preferredChannel: people.preferredChannel,
  role: people.role,
  orgManager: people.orgManager,
  managerId: people.managerId,
  active: people.active,
  locale: people.locale,
  timeZone: people.timeZone,
  createdAt: people.createdAt,
};

export type PersonRow = { [K in keyof typeof personColumns]: (typeof people.$inferSelect)[K] };

export type PeopleFilters = {
  organizationId?: string;
  role?: Role;
  /** Matches the name or the email, case-insensitively. */
  q?: string;
  active?: boolean;
  limit?: number;
  cursor?: string;
};

// A NUL cannot be a name and would make PostgreSQL refuse the query.
const isName = (value: unknown): value is string => typeof value === "string" && !value.includes("\u0000");

function decodePeopleCursor(cursor: string): [string, string] {
  const parts = decodeCursor(cursor, isName);
  if (!parts) throw identityError("INVALID_CURSOR", "query.cursor");
  return parts;
}

/** One page of the people the actor may see, by name, with a keyset cursor to the next. */
export async function findPeople(
  db: Db,
  actor: Actor,
  f: PeopleFilters,
): Promise<{ items: PersonRow[]; nextCursor: string | null }> {
  const limit = f.limit ?? 50;
  const pattern = f.q?.trim() ? containsPattern(f.q.trim()) : undefined;
  const after = f.cursor ? decodePeopleCursor(f.cursor) : undefined;
  const rows = await db
    .select(personColumns)
    .from(people)
    .where(
      and(
        peopleVisibleTo(actor),
        f.organizationId ? eq(people.organizationId, f.organizationId) : undefined,
        f.role ? eq(people.role, f.role) : undefined,
        f.active !== undefined ? eq(people.active, f.active) : undefined,
        pattern ? or(ilike(people.name, pattern), ilike(people.email, pattern)) : undefined,
        after ? sql`(${people.name}, ${people.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(people.name), asc(people.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  const nextCursor = rows.length > limit && last ? encodeCursor(last.name, last.id) : null;
  return { items, nextCursor };
}

/** A person the actor may see, or undefined. */
export async function findPerson(db: Db, actor: Actor, id: string): Promise<PersonRow | undefined> {
  const [row] = await db
    .select(personColumns)
    .from(people)
    .where(and(eq(people.id, id), peopleVisibleTo(actor)));
  return row;
}

/** Locks a person the actor may see for the rest of the transaction. */
export async function lockPerson(tx: Db, actor: Actor, id: string): Promise<PersonRow | undefined> {
  const [row] = await tx
    .select(personColumns)
    .from(people)
    .where(and(eq(people.id, id), peopleVisibleTo(actor)))
    .for("update");
  return row;
}

/** The person themselves (their own profile), optionally locked for update. Unscoped: the caller is that person. */
export async function lockPersonUnscoped(tx: Db, id: string, opts: { lock: boolean }): Promise<PersonRow | undefined> {
  const query = tx.select(personColumns).from(people).where(eq(people.id, id));
  const [row] = opts.lock ? await query.for("update") : await query;
  return row;
}

export async function updatePersonRow(
  tx: Db,
  id: string,
  patch: Partial<typeof people.$inferInsert>,
): Promise<PersonRow> {
  const [row] = await tx.update(people).set(patch).where(eq(people.id, id)).returning(personColumns);
  return row!;
}

/** The ids and roles of those of these people who exist. Unscoped: reference checks by an admin. */
export async function findPeopleRolesUnscoped(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: people.id, role: people.role })
    .from(people)
    .where(inArray(people.id, [...ids]));
}

/**
 * Serialises changes to the management chain until the transaction ends, so two concurrent edits
 * cannot each pass the cycle check and together close a loop.
 */
/** Serialises changes that could leave the workspace without an active admin. */
export async function lockAdmins(tx: Db): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('frontline.people.admins'))`);
}

/** How many active admins there are besides one person. Unscoped: the last-admin rule counts everyone. */
export async function countOtherActiveAdmins(db: Db, personId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(people)
    .where(and(eq(people.role, "admin"), eq(people.active, true), ne(people.id, personId)));
  return row?.n ?? 0;
}

export async function lockManagementChain(tx: Db): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('frontline.people.manager_id'))`);
}

/** The person and everyone above them in the management chain. Unscoped: the cycle check. */
export async function managementChainUnscoped(db: Db, personId: string): Promise<string[]> {
  // UNION (not UNION ALL) stops at a person already seen, so even a corrupt loop terminates.
  const result = await db.execute<{ id: string }>(sql`
    with recursive chain(id) as (
      select ${people.id} from ${people} where ${people.id} = ${personId}
      union
      select p.manager_id from ${people} p join chain c on p.id = c.id where p.manager_id is not null
    )
    select id from chain`);
  const rows = (Array.isArray(result) ? result : (result as { rows: Array<{ id: string }> }).rows) as Array<{
    id: string;
  }>;
  return rows.map((r) => r.id);
}
