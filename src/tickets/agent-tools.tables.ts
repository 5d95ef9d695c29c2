import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { people } from "../identity/identity.tables.ts";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** An agent's own named queue: the list filters of GET /api/v1/tickets, kept under a name. */
export const savedViews = pgTable(
  "saved_views",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** Query parameters of the ticket list (status, priority, groupId, assigneeId, sla, sort, q, …). */
    filters: jsonb("filters").$type<Record<string, string | string[]>>().notNull(),
    position: integer("position").notNull().default(0),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("saved_views_owner_name_key").on(t.ownerId, sql`lower(${t.name})`)],
);

/** Reusable reply texts agents insert into the editor; shared by every agent. */
export const cannedResponses = pgTable(
  "canned_responses",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    title: text("title").notNull(),
    body: text("body").notNull(),
    createdBy: uuid("created_by").references(() => people.id, { onDelete: "set null" }),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("canned_responses_title_key").on(sql`lower(${t.title})`),
    index("canned_responses_updated_idx").on(t.updatedAt),
  ],
);
