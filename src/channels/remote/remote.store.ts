import { and, asc, count, eq, ne } from "drizzle-orm";
import type { Db } from "../../platform/db/database.ts";
import { remoteSessions, remoteTools } from "./remote.tables.ts";

export type RemoteToolRow = typeof remoteTools.$inferSelect;
export type RemoteSessionRow = typeof remoteSessions.$inferSelect;

/** Every tool by position (inactive ones too when `all`). Unscoped: the list is reference data for staff. */
export async function findRemoteToolsUnscoped(db: Db, all: boolean): Promise<RemoteToolRow[]> {
  return db
    .select()
    .from(remoteTools)
    .where(all ? undefined : eq(remoteTools.active, true))
    .orderBy(asc(remoteTools.position), asc(remoteTools.name));
}

export async function findRemoteToolUnscoped(db: Db, id: string): Promise<RemoteToolRow | undefined> {
  const [row] = await db.select().from(remoteTools).where(eq(remoteTools.id, id));
  return row;
}

export async function lockRemoteToolUnscoped(tx: Db, id: string): Promise<RemoteToolRow | undefined> {
  const [row] = await tx.select().from(remoteTools).where(eq(remoteTools.id, id)).for("update");
  return row;
}

export async function remoteToolNameTaken(tx: Db, name: string, exceptId: string | null): Promise<boolean> {
  const rows = await tx
    .select({ id: remoteTools.id })
    .from(remoteTools)
    .where(exceptId ? and(eq(remoteTools.name, name), ne(remoteTools.id, exceptId)) : eq(remoteTools.name, name));
  return rows.length > 0;
}

export async function insertRemoteTool(tx: Db, row: typeof remoteTools.$inferInsert): Promise<RemoteToolRow> {
  const [created] = await tx.insert(remoteTools).values(row).returning();
  return created!;
}

export async function updateRemoteTool(
  tx: Db,
  id: string,
  set: Partial<typeof remoteTools.$inferInsert>,
): Promise<RemoteToolRow> {
  const [row] = await tx.update(remoteTools).set(set).where(eq(remoteTools.id, id)).returning();
  return row!;
}

export async function insertRemoteSession(tx: Db, row: typeof remoteSessions.$inferInsert): Promise<RemoteSessionRow> {
  const [created] = await tx.insert(remoteSessions).values(row).returning();
  return created!;
}

/** A session locked for a step. Unscoped: the caller then locks and authorizes its ticket. */
export async function lockRemoteSessionUnscoped(tx: Db, id: string): Promise<RemoteSessionRow | undefined> {
  const [row] = await tx.select().from(remoteSessions).where(eq(remoteSessions.id, id)).for("update");
  return row;
}

export async function updateRemoteSession(
  tx: Db,
  id: string,
  set: Partial<typeof remoteSessions.$inferInsert>,
): Promise<RemoteSessionRow> {
  const [row] = await tx.update(remoteSessions).set(set).where(eq(remoteSessions.id, id)).returning();
  return row!;
}

export type RemoteSessionView = { session: RemoteSessionRow; tool: RemoteToolRow };

/** A ticket's sessions with their tools, oldest first. Unscoped: callers check access to the ticket. */
export async function findSessionsOfTicketUnscoped(db: Db, ticketId: string): Promise<RemoteSessionView[]> {
  return db
    .select({ session: remoteSessions, tool: remoteTools })
    .from(remoteSessions)
    .innerJoin(remoteTools, eq(remoteTools.id, remoteSessions.toolId))
    .where(eq(remoteSessions.ticketId, ticketId))
    .orderBy(asc(remoteSessions.createdAt), asc(remoteSessions.id));
}

export async function countRemoteToolsUnscoped(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(remoteTools);
  return row?.n ?? 0;
}

/** Inserts tools, skipping names already there (a concurrent start seeded them). */
export async function insertDefaultRemoteTools(db: Db, rows: Array<typeof remoteTools.$inferInsert>): Promise<void> {
  await db.insert(remoteTools).values(rows).onConflictDoNothing();
}
