import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { people } from "../../identity/identity.tables.ts";
import type { SurveyAnswers, SurveyQuestion } from "./regular-survey.ts";
import { RECURRENCES, REGULAR_SURVEY_STATUSES } from "./regular-survey.ts";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** A regular survey as the admin defines it: its questions, whom it asks, when, and how it reminds. */
export const regularSurveys = pgTable("regular_surveys", {
  id: uuid("id").primaryKey().defaultRandom(),
  title: text("title").notNull(),
  titleUr: text("title_ur"),
  /** The questions the next round will ask; a round keeps its own copy, so answers keep the question they answered. */
  questions: jsonb("questions").$type<SurveyQuestion[]>().notNull(),
  /** Client organizations whose active requesters are asked. */
  organizationIds: jsonb("organization_ids").$type<string[]>().notNull(),
  recurrence: text("recurrence", { enum: RECURRENCES }).notNull(),
  startDate: date("start_date", { mode: "string" }).notNull(),
  windowDays: integer("window_days").notNull(),
  reminderAfterDays: integer("reminder_after_days"),
  reminderMax: integer("reminder_max").notNull().default(0),
  status: text("status", { enum: REGULAR_SURVEY_STATUSES }).notNull().default("draft"),
  createdAt: at("created_at").notNull(),
  updatedAt: at("updated_at").notNull(),
});

/**
 * One round of a survey, opened once: the primary key (survey, first day) is claimed by whichever worker inserts
 * first. It copies the title and questions as they were when it opened.
 */
export const regularSurveyRounds = pgTable(
  "regular_survey_rounds",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    surveyId: uuid("survey_id")
      .notNull()
      .references(() => regularSurveys.id),
    periodStart: date("period_start", { mode: "string" }).notNull(),
    title: text("title").notNull(),
    titleUr: text("title_ur"),
    questions: jsonb("questions").$type<SurveyQuestion[]>().notNull(),
    opensAt: at("opens_at").notNull(),
    closesAt: at("closes_at").notNull(),
    invited: integer("invited").notNull(),
  },
  (t) => [uniqueIndex("regular_survey_rounds_period_key").on(t.surveyId, t.periodStart)],
);

/** One recipient's invitation to a round. As for post-resolution surveys, only the link token's SHA-256 is kept. */
export const regularSurveyInvitations = pgTable(
  "regular_survey_invitations",
  {
    /** Chosen by the caller: the signed token names it before the row exists. */
    id: uuid("id").primaryKey(),
    roundId: uuid("round_id")
      .notNull()
      .references(() => regularSurveyRounds.id),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    tokenHash: text("token_hash").notNull(),
    /** Whether the link went out by mail (the portal lists every invitation to its signed-in requester). */
    mailed: boolean("mailed").notNull().default(false),
    createdAt: at("created_at").notNull(),
    expiresAt: at("expires_at").notNull(),
    answeredAt: at("answered_at"),
    answers: jsonb("answers").$type<SurveyAnswers>(),
  },
  (t) => [
    uniqueIndex("regular_survey_invitations_round_person_key").on(t.roundId, t.personId),
    index("regular_survey_invitations_person_idx").on(t.personId),
    index("regular_survey_invitations_answered_idx").on(t.answeredAt),
  ],
);

/** A reminder sent, claimed once per invitation and number, so two workers never remind anyone twice. */
export const regularSurveyReminders = pgTable(
  "regular_survey_reminders",
  {
    invitationId: uuid("invitation_id")
      .notNull()
      .references(() => regularSurveyInvitations.id),
    number: integer("number").notNull(),
    sentAt: at("sent_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.invitationId, t.number] })],
);
