import { sql } from "drizzle-orm";
import { date, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organizations, people } from "../../identity/identity.tables.ts";
import { tickets } from "../../tickets/ticket.tables.ts";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** A periodic service review with a client organization: its period's pack, the causes of its breaches, its actions. */
export const serviceReviews = pgTable(
  "service_reviews",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    periodFrom: date("period_from", { mode: "string" }).notNull(),
    periodTo: date("period_to", { mode: "string" }).notNull(),
    status: text("status", { enum: ["open", "signed_off"] })
      .notNull()
      .default("open"),
    /** Actions of earlier reviews still open when this one opened: it starts with them. */
    carriedActionIds: uuid("carried_action_ids")
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    openedBy: uuid("opened_by").references(() => people.id, { onDelete: "set null" }),
    openedAt: at("opened_at").notNull(),
    signedOffBy: uuid("signed_off_by").references(() => people.id, { onDelete: "set null" }),
    signedOffAt: at("signed_off_at"),
    signOffComment: text("sign_off_comment"),
  },
  (t) => [uniqueIndex("service_reviews_period_key").on(t.organizationId, t.periodFrom)],
);

/** Why a ticket breached its SLA in a review's period, as staff recorded it. */
export const reviewBreachCauses = pgTable(
  "review_breach_causes",
  {
    reviewId: uuid("review_id")
      .notNull()
      .references(() => serviceReviews.id, { onDelete: "cascade" }),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id, { onDelete: "cascade" }),
    cause: text("cause").notNull(),
    recordedBy: uuid("recorded_by").references(() => people.id, { onDelete: "set null" }),
    recordedAt: at("recorded_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.reviewId, t.ticketId] })],
);

/** Something agreed in a review: who does it and by when; it stays on the organization's reviews until done or dropped. */
export const reviewActions = pgTable(
  "review_actions",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    reviewId: uuid("review_id")
      .notNull()
      .references(() => serviceReviews.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => people.id),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    status: text("status", { enum: ["open", "in_progress", "done", "dropped"] })
      .notNull()
      .default("open"),
    createdAt: at("created_at").notNull(),
    updatedAt: at("updated_at").notNull(),
  },
  (t) => [index("review_actions_organization_idx").on(t.organizationId, t.status)],
);
