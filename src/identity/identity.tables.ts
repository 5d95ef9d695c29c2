import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
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

const createdAt = () => timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();

/** Client companies and the help-desk provider itself. */
export const organizations = pgTable("organizations", {
  id: uuid("id")
    .primaryKey()
    .default(sql`gen_random_uuid()`),
  name: text("name").notNull().unique(),
  kind: text("kind", { enum: ["provider", "client"] }).notNull(),
  domain: text("domain"),
  /** Its sites, where technicians go on onsite visits (admin-edited, audited with the organization). */
  addresses: jsonb("addresses").$type<OrganizationAddress[]>().notNull().default([]),
  createdAt: createdAt(),
});

/** One site of an organization: where it is, its time zone, and its opening hours (ISO weekdays, local times). */
export type OrganizationAddress = {
  id: string;
  label: string;
  street: string;
  city: string;
  timezone: string;
  hours: { days: number[]; open: string; close: string } | null;
};

/** Everyone who signs in or raises tickets: employees of clients and the provider's staff. */
export const people = pgTable(
  "people",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    name: text("name").notNull(),
    email: text("email").notNull(),
    phone: text("phone"),
    /** Staff: the telephone extension they answer on; the telephony webhook pops the caller to whoever has it. */
    extension: text("extension"),
    /** Where notifications to this person go: email, whatsapp (email until that channel lands) or portal only. */
    preferredChannel: text("preferred_channel", { enum: ["email", "whatsapp", "portal"] })
      .notNull()
      .default("email"),
    role: text("role", { enum: ["requester", "agent", "manager", "admin"] }).notNull(),
    /** A requester who manages their organization sees all of its tickets. */
    orgManager: boolean("org_manager").notNull().default(false),
    /** The next person up the management chain (escalations climb it). */
    managerId: uuid("manager_id"),
    passwordHash: text("password_hash"),
    active: boolean("active").notNull().default(true),
    locale: text("locale").notNull().default("en"),
    /** The IANA time zone the person reads times in; null: the support calendar's. */
    timeZone: text("time_zone"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("people_email_key").on(sql`lower(${t.email})`),
    index("people_organization_idx").on(t.organizationId),
  ],
);

/** Support groups, ordered into tiers (1 = service desk). */
export const supportGroups = pgTable("support_groups", {
  id: uuid("id")
    .primaryKey()
    .default(sql`gen_random_uuid()`),
  name: text("name").notNull().unique(),
  /** The name in Urdu, shown when the app is in Urdu; null: the name as typed is shown. */
  nameUr: text("name_ur"),
  tier: integer("tier").notNull(),
  leadId: uuid("lead_id").references(() => people.id),
  assignment: text("assignment", { enum: ["manual", "round_robin", "least_loaded"] })
    .notNull()
    .default("manual"),
  createdAt: createdAt(),
});

export const groupMembers = pgTable(
  "group_members",
  {
    groupId: uuid("group_id")
      .notNull()
      .references(() => supportGroups.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    /** Round-robin picks the member who was given a ticket longest ago. */
    lastAssignedAt: timestamp("last_assigned_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.personId] }), index("group_members_person_idx").on(t.personId)],
);

/** Browser sessions; the cookie carries a random token, the row keeps only its SHA-256. */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    csrfToken: text("csrf_token").notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("sessions_person_idx").on(t.personId)],
);

/** Bearer tokens for integrations, limited to scopes and to their owner's rights. */
export const apiTokens = pgTable("api_tokens", {
  id: uuid("id")
    .primaryKey()
    .default(sql`gen_random_uuid()`),
  personId: uuid("person_id")
    .notNull()
    .references(() => people.id, { onDelete: "cascade" }),
  name: text("name").notNull(),
  tokenHash: text("token_hash").notNull().unique(),
  prefix: text("prefix").notNull(),
  scopes: text("scopes").array().notNull(),
  createdAt: createdAt(),
  expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }),
  revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "date" }),
});

/** Who changed what outside the ticket log (directory, settings, tokens). */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    actorId: uuid("actor_id"),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    changes: jsonb("changes").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index("audit_log_entity_idx").on(t.entity, t.entityId)],
);

/** Workspace-wide settings, one JSON value per key (e.g. the priority matrix). */
export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

/**
 * Failed password sign-ins, counted per account and per client to slow password guessing (successes are never
 * written). The account is the SHA-256 of the lower-cased email as typed, so unknown addresses count the same
 * way as real ones and the table holds no address in clear. Kept in the database so every process agrees.
 */
export const signInFailures = pgTable(
  "sign_in_failures",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    account: text("account").notNull(),
    /** The client address (the real one behind a trusted proxy, see TRUST_PROXY). */
    client: text("client").notNull(),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [
    index("sign_in_failures_account_idx").on(t.account, t.at),
    index("sign_in_failures_client_idx").on(t.client, t.at),
    index("sign_in_failures_at_idx").on(t.at),
  ],
);
