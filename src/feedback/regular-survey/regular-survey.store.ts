import { and, asc, count, desc, eq, gt, inArray, isNotNull, isNull, lte, sql } from "drizzle-orm";
import { organizations, people } from "../../identity/identity.tables.ts";
import type { Db } from "../../platform/db/database.ts";
import type { SurveyAnswers } from "./regular-survey.ts";
import {
  regularSurveyInvitations,
  regularSurveyReminders,
  regularSurveyRounds,
  regularSurveys,
} from "./regular-survey.tables.ts";

// Regular surveys are the workspace's, not an organization's: admins and managers see all of them (the policy
// decides), so the definition queries take no scope. Invitations are scoped to their person.

export type RegularSurveyRow = typeof regularSurveys.$inferSelect;
export type RoundRow = typeof regularSurveyRounds.$inferSelect;
export type RegularInvitationRow = typeof regularSurveyInvitations.$inferSelect;

export async function insertRegularSurvey(tx: Db, row: typeof regularSurveys.$inferInsert): Promise<RegularSurveyRow> {
  const [written] = await tx.insert(regularSurveys).values(row).returning();
  return written!;
}

export async function findRegularSurvey(db: Db, id: string): Promise<RegularSurveyRow | undefined> {
  const [row] = await db.select().from(regularSurveys).where(eq(regularSurveys.id, id));
  return row;
}

/** The survey, locked for an edit. */
export async function lockRegularSurvey(tx: Db, id: string): Promise<RegularSurveyRow | undefined> {
  const [row] = await tx.select().from(regularSurveys).where(eq(regularSurveys.id, id)).for("update");
  return row;
}

export async function saveRegularSurvey(
  tx: Db,
  id: string,
  values: Partial<typeof regularSurveys.$inferInsert>,
): Promise<RegularSurveyRow> {
  const [row] = await tx.update(regularSurveys).set(values).where(eq(regularSurveys.id, id)).returning();
  return row!;
}

/** Every survey, newest first. */
export async function listRegularSurveys(db: Db): Promise<RegularSurveyRow[]> {
  return db.select().from(regularSurveys).orderBy(desc(regularSurveys.createdAt), asc(regularSurveys.id));
}

/** Surveys the worker opens rounds for and reminds about. Unscoped: the worker acts for the workspace. */
export async function listActiveSurveysUnscoped(db: Db): Promise<RegularSurveyRow[]> {
  return db.select().from(regularSurveys).where(eq(regularSurveys.status, "active"));
}

/** Which of these organizations are client organizations. */
export async function clientOrganizationIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(inArray(organizations.id, [...ids]), eq(organizations.kind, "client")));
  return new Set(rows.map((r) => r.id));
}

/**
 * Claims a round: one row per survey and first day, whoever inserts first (the unique key); the round's id when
 * this caller claimed it, undefined when another process already had.
 */
export async function claimRound(tx: Db, row: typeof regularSurveyRounds.$inferInsert): Promise<string | undefined> {
  const [written] = await tx
    .insert(regularSurveyRounds)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: regularSurveyRounds.id });
  return written?.id;
}

export async function setRoundInvited(tx: Db, roundId: string, invited: number): Promise<void> {
  await tx.update(regularSurveyRounds).set({ invited }).where(eq(regularSurveyRounds.id, roundId));
}

/** The active requesters of these organizations: a round's recipients. */
export async function activeRequestersOf(db: Db, organizationIds: readonly string[]) {
  if (organizationIds.length === 0) return [];
  return db
    .select({ id: people.id, email: people.email, locale: people.locale })
    .from(people)
    .where(
      and(inArray(people.organizationId, [...organizationIds]), eq(people.role, "requester"), eq(people.active, true)),
    )
    .orderBy(asc(people.id));
}

export async function insertRegularInvitations(
  tx: Db,
  rows: ReadonlyArray<typeof regularSurveyInvitations.$inferInsert>,
): Promise<void> {
  // Bounded batches: PostgreSQL takes at most 65,535 parameters per statement.
  for (let i = 0; i < rows.length; i += 1000) {
    await tx
      .insert(regularSurveyInvitations)
      .values(rows.slice(i, i + 1000))
      .onConflictDoNothing();
  }
}

/** A survey's rounds, newest first, each with how many answered. */
export async function roundsOf(db: Db, surveyId: string) {
  const answered = db
    .select({ roundId: regularSurveyInvitations.roundId, n: count().as("n") })
    .from(regularSurveyInvitations)
    .where(isNotNull(regularSurveyInvitations.answeredAt))
    .groupBy(regularSurveyInvitations.roundId)
    .as("answered");
  const rows = await db
    .select({ round: regularSurveyRounds, responses: answered.n })
    .from(regularSurveyRounds)
    .leftJoin(answered, eq(answered.roundId, regularSurveyRounds.id))
    .where(eq(regularSurveyRounds.surveyId, surveyId))
    .orderBy(desc(regularSurveyRounds.periodStart));
  return rows.map((r) => ({ ...r.round, responses: Number(r.responses ?? 0) }));
}

export async function findRound(db: Db, surveyId: string, roundId: string): Promise<RoundRow | undefined> {
  const [row] = await db
    .select()
    .from(regularSurveyRounds)
    .where(and(eq(regularSurveyRounds.id, roundId), eq(regularSurveyRounds.surveyId, surveyId)));
  return row;
}

/** The answers given in a round, in the order they came. */
export async function answersOfRound(db: Db, roundId: string): Promise<SurveyAnswers[]> {
  const rows = await db
    .select({ answers: regularSurveyInvitations.answers })
    .from(regularSurveyInvitations)
    .where(and(eq(regularSurveyInvitations.roundId, roundId), isNotNull(regularSurveyInvitations.answeredAt)))
    .orderBy(asc(regularSurveyInvitations.answeredAt), asc(regularSurveyInvitations.id));
  return rows.map((r) => r.answers ?? {});
}

/** One page of a text question's answers in a round (answers without one are skipped), oldest first. */
export async function textAnswersOfRound(
  db: Db,
  roundId: string,
  questionId: string,
  page: { offset: number; limit: number },
) {
  const answer = sql<string>`${regularSurveyInvitations.answers} ->> ${questionId}`;
  const where = and(
    eq(regularSurveyInvitations.roundId, roundId),
    isNotNull(regularSurveyInvitations.answeredAt),
    sql`${answer} is not null`,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({ text: answer, at: regularSurveyInvitations.answeredAt })
      .from(regularSurveyInvitations)
      .where(where)
      .orderBy(asc(regularSurveyInvitations.answeredAt), asc(regularSurveyInvitations.id))
      .offset(page.offset)
      .limit(page.limit),
    db.select({ n: count() }).from(regularSurveyInvitations).where(where),
  ]);
  return { items: rows.map((r) => ({ text: r.text, at: r.at! })), total: Number(total?.n ?? 0) };
}

/** An invitation with its round and its person's mail facts. Unscoped: a link or the person's own session proved it. */
export async function findRegularInvitationUnscoped(db: Db, id: string) {
  const [row] = await db
    .select({
      invitation: regularSurveyInvitations,
      round: regularSurveyRounds,
      email: people.email,
      locale: people.locale,
    })
    .from(regularSurveyInvitations)
    .innerJoin(regularSurveyRounds, eq(regularSurveyRounds.id, regularSurveyInvitations.roundId))
    .innerJoin(people, eq(people.id, regularSurveyInvitations.personId))
    .where(eq(regularSurveyInvitations.id, id));
  return row;
}

/** An invitation locked so two answers to it are taken one after the other. Unscoped: the caller proved a right. */
export async function lockRegularInvitationUnscoped(tx: Db, id: string): Promise<RegularInvitationRow | undefined> {
  const [row] = await tx
    .select()
    .from(regularSurveyInvitations)
    .where(eq(regularSurveyInvitations.id, id))
    .for("update");
  return row;
}

export async function recordRegularAnswer(tx: Db, id: string, answers: SurveyAnswers, at: Date): Promise<void> {
  await tx
    .update(regularSurveyInvitations)
    .set({ answers, answeredAt: at })
    .where(and(eq(regularSurveyInvitations.id, id), isNull(regularSurveyInvitations.answeredAt)));
}

/** A person's invitations whose rounds have not closed, newest first (the portal's "Surveys for you"). */
export async function openInvitationsOf(db: Db, personId: string, now: Date) {
  return db
    .select({ invitation: regularSurveyInvitations, round: regularSurveyRounds })
    .from(regularSurveyInvitations)
    .innerJoin(regularSurveyRounds, eq(regularSurveyRounds.id, regularSurveyInvitations.roundId))
    .where(and(eq(regularSurveyInvitations.personId, personId), gt(regularSurveyInvitations.expiresAt, now)))
    .orderBy(desc(regularSurveyInvitations.createdAt));
}

/**
 * Mailed, unanswered invitations of a survey sent before `sentBefore` whose links still hold: the candidates for a
 * reminder. Unscoped: the worker acts for the workspace.
 */
export async function remindableInvitationsUnscoped(db: Db, surveyId: string, now: Date, sentBefore: Date) {
  return db
    .select({
      id: regularSurveyInvitations.id,
      createdAt: regularSurveyInvitations.createdAt,
      expiresAt: regularSurveyInvitations.expiresAt,
      answeredAt: regularSurveyInvitations.answeredAt,
    })
    .from(regularSurveyInvitations)
    .innerJoin(regularSurveyRounds, eq(regularSurveyRounds.id, regularSurveyInvitations.roundId))
    .where(
      and(
        eq(regularSurveyRounds.surveyId, surveyId),
        eq(regularSurveyInvitations.mailed, true),
        isNull(regularSurveyInvitations.answeredAt),
        gt(regularSurveyInvitations.expiresAt, now),
        lte(regularSurveyInvitations.createdAt, sentBefore),
      ),
    );
}

/** Claims reminder `number` of an invitation: true for the one caller that inserted it. */
export async function claimReminder(tx: Db, invitationId: string, number: number, at: Date): Promise<boolean> {
  const rows = await tx
    .insert(regularSurveyReminders)
    .values({ invitationId, number, sentAt: at })
    .onConflictDoNothing()
    .returning({ number: regularSurveyReminders.number });
  return rows.length === 1;
}

export async function remindersOf(db: Db, invitationId: string) {
  return db
    .select()
    .from(regularSurveyReminders)
    .where(eq(regularSurveyReminders.invitationId, invitationId))
    .orderBy(asc(regularSurveyReminders.number));
}
