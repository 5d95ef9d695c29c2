import { date, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organizations, people } from "../../identity/identity.tables.ts";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** How often each client organization's review pack is made and mailed to its managers (one row per organization). */
export const reviewPackSchedules = pgTable("review_pack_schedules", {
  organizationId: uuid("organization_id")
    .primaryKey()
    .references(() => organizations.id, { onDelete: "cascade" }),
  cadence: text("cadence", { enum: ["monthly", "quarterly"] }).notNull(),
  updatedBy: uuid("updated_by").references(() => people.id, { onDelete: "set null" }),
  updatedAt: at("updated_at").notNull().defaultNow(),
});

/**
 * The packs the schedule has made: the primary key is the claim, so however many workers look at the same
 * organization and period, one inserts the row (and its mail job) and the others find it taken.
 */
export const reviewPackRuns = pgTable(
  "review_pack_runs",
  {
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    periodFrom: date("period_from", { mode: "string" }).notNull(),
    periodTo: date("period_to", { mode: "string" }).notNull(),
    /** The managers' addresses the pack was mailed to, as they were when it was made. */
    recipients: text("recipients").array().notNull(),
    madeAt: at("made_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.periodFrom] })],
);
