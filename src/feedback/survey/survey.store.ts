import { randomBytes } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import { people, settings } from "../../identity/identity.tables.ts";
import type { Db } from "../../platform/db/database.ts";
import { tickets } from "../../tickets/ticket.tables.ts";
import { readSurveySettings, type SurveySettings } from "./survey.ts";
import { surveyInvitations } from "./survey.tables.ts";

export type SurveyInvitationRow = typeof surveyInvitations.$inferSelect;

const SETTINGS_KEY = "survey.post_resolution";
const LINK_KEY = "survey_link_key";

/** The post-resolution survey's settings (the defaults until an admin saves them). */
export async function loadSurveySettings(db: Db): Promise<SurveySettings> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, SETTINGS_KEY));
  return readSurveySettings(row?.value);
}

/** The stored settings, locked for the admin's edit (undefined when never saved). */
export async function lockSurveySettings(tx: Db): Promise<SurveySettings | undefined> {
  const [row] = await tx
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, SETTINGS_KEY))
    .for("update");
  return row ? readSurveySettings(row.value) : undefined;
}

export async function saveSurveySettings(tx: Db, value: SurveySettings, at: Date): Promise<void> {
  await tx
    .insert(settings)
    .values({ key: SETTINGS_KEY, value, updatedAt: at })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: at } });
}

/** The key that signs survey links, made once per workspace and shared by every process through the database. */
export async function surveyLinkKey(db: Db): Promise<string> {
  await db
    .insert(settings)
    .values({ key: LINK_KEY, value: { secret: randomBytes(32).toString("base64url") } })
    .onConflictDoNothing();
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, LINK_KEY));
  return (row!.value as { secret: string }).secret;
}

/** When the person was last offered a survey, if ever (the per-requester limit). */
export async function lastSurveyOf(db: Db, personId: string): Promise<Date | null> {
  const [row] = await db
    .select({ at: surveyInvitations.createdAt })
    .from(surveyInvitations)
    .where(eq(surveyInvitations.personId, personId))
    .orderBy(desc(surveyInvitations.createdAt))
    .limit(1);
  return row?.at ?? null;
}

/** Writes an invitation unless the ticket already has one; whether it was written. */
export async function insertInvitation(tx: Db, row: typeof surveyInvitations.$inferInsert): Promise<boolean> {
  const written = await tx
    .insert(surveyInvitations)
    .values(row)
    .onConflictDoNothing({ target: surveyInvitations.ticketId })
    .returning({ id: surveyInvitations.id });
  return written.length > 0;
}

/** An invitation by id, locked so two answers to one link are taken one after the other. Unscoped: a link proved it. */
export async function lockInvitationUnscoped(tx: Db, id: string): Promise<SurveyInvitationRow | undefined> {
  const [row] = await tx.select().from(surveyInvitations).where(eq(surveyInvitations.id, id)).for("update");
  return row;
}

/** An invitation by id with the ticket it asks about. Unscoped: the caller proved a right to it. */
export async function findInvitationUnscoped(db: Db, id: string) {
  const [row] = await db
    .select({
      invitation: surveyInvitations,
      number: tickets.number,
      subject: tickets.subject,
      locale: people.locale,
    })
    .from(surveyInvitations)
    .innerJoin(tickets, eq(tickets.id, surveyInvitations.ticketId))
    .innerJoin(people, eq(people.id, surveyInvitations.personId))
    .where(eq(surveyInvitations.id, id));
  return row;
}

/** The ticket's invitation, if it was surveyed. Unscoped: callers check access to the ticket first. */
export async function invitationOfTicketUnscoped(db: Db, ticketId: string): Promise<SurveyInvitationRow | undefined> {
  const [row] = await db.select().from(surveyInvitations).where(eq(surveyInvitations.ticketId, ticketId));
  return row;
}

/** Records the answer of a still-open invitation (the rating of the ticket is written beside it by the caller). */
export async function recordAnswer(
  tx: Db,
  id: string,
  answer: { score: number; comment: string; at: Date },
): Promise<void> {
  await tx
    .update(surveyInvitations)
    .set({ answeredAt: answer.at, score: answer.score, comment: answer.comment })
    .where(and(eq(surveyInvitations.id, id), isNull(surveyInvitations.answeredAt)));
}
