import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { people } from "../../identity/identity.tables.ts";
import { surveyInvitations } from "../survey/survey.tables.ts";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/**
 * An improvement suggestion: from a signed-in person, an anonymous visitor (optionally with an address to hear
 * back), or a survey comment a manager turned into one. Managers triage it and give a public answer; the sender
 * follows it through the portal or the status link (its token stored only as a SHA-256).
 */
export const suggestions = pgTable(
  "suggestions",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    title: text("title").notNull(),
    body: text("body").notNull(),
    status: text("status", { enum: ["new", "planned", "done", "declined"] })
      .notNull()
      .default("new"),
    publicAnswer: text("public_answer").notNull().default(""),
    source: text("source", { enum: ["portal", "public", "survey"] }).notNull(),
    personId: uuid("person_id").references(() => people.id),
    /** What an anonymous sender typed to hear back (unverified). */
    contactEmail: text("contact_email"),
    surveyInvitationId: uuid("survey_invitation_id").references(() => surveyInvitations.id),
    statusTokenHash: text("status_token_hash").notNull(),
    triagedBy: uuid("triaged_by").references(() => people.id),
    createdAt: at("created_at").notNull(),
    updatedAt: at("updated_at").notNull(),
  },
  (t) => [
    index("suggestions_status_created_idx").on(t.status, t.createdAt),
    index("suggestions_person_idx").on(t.personId),
    uniqueIndex("suggestions_survey_key").on(t.surveyInvitationId),
    uniqueIndex("suggestions_status_token_key").on(t.statusTokenHash),
  ],
);
