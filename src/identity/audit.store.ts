import { and, desc, eq, lt, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../platform/db/database.ts";
import { actorIdOf, type Actor } from "./actor.ts";
import type { AuditEntity, AuditEntry } from "./audit.ts";
import { mailboxes } from "../channels/email/mail.tables.ts";
import { calendars, slaPolicies } from "../sla/sla.tables.ts";
import { cannedResponses } from "../tickets/agent-tools.tables.ts";
import { categories, routingRules, tickets } from "../tickets/ticket.tables.ts";
import { apiTokens, auditLog, organizations, people, supportGroups } from "./identity.tables.ts";

/**
 * Writes one audit row for an admin change. Pass the transaction that makes the change, so the
 * change and its record commit or roll back together.
 */
export async function recordAudit(tx: Db, actor: Actor, entry: AuditEntry, at: Date): Promise<void> {
  await tx.insert(auditLog).values({
    at,
    actorId: actorIdOf(actor),
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    changes: entry.changes,
  });
}

export type AuditFilters = {
  entity?: AuditEntity;
  entityId?: string;
  actorId?: string;
  limit?: number;
  /** The id of the last row of the previous page. */
  before?: number;
};

// Only admins read the log; anyone else's query matches nothing even if a caller forgot the policy.
function auditVisibleTo(actor: Actor): SQL | undefined {
  return actor.role === "admin" ? undefined : sql`false`;
}

// The entity id as a uuid when it is one (settings and channels are keyed by words), so lookups use primary keys.
const entityUuid = sql`(case when ${auditLog.entityId} ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then ${auditLog.entityId}::uuid end)`;

/** A rated ticket reads as "#10023 Printer jams". */
const ticketLabel = (ticketId: SQL) =>
  sql`(select '#' || ${tickets.number} || ' ' || ${tickets.subject} from ${tickets} where ${tickets.id} = ${ticketId})`;

const earlier = alias(auditLog, "earlier");
// A deleted object's other entries (a revision that did not touch its name) are named by the last name the log
// recorded for it; served by audit_log_entity_idx.
const lastRecordedName = sql`(select coalesce(${earlier.changes}->'name'->>'to', ${earlier.changes}->'name'->>'from', ${earlier.changes}->'title'->>'to', ${earlier.changes}->'title'->>'from')
  from ${auditLog} as ${sql.identifier("earlier")} where ${earlier.entity} = ${auditLog.entity} and ${earlier.entityId} = ${auditLog.entityId}
    and (${earlier.changes}->'name' is not null or ${earlier.changes}->'title' is not null)
  order by ${earlier.id} desc limit 1)`;

// A deleted mailbox is named by the last address the log recorded for it (its deletion records the one it had).
const lastRecordedAddress = sql`(select coalesce(${earlier.changes}->'address'->>'to', ${earlier.changes}->'address'->>'from')
  from ${auditLog} as ${sql.identifier("earlier")} where ${earlier.entity} = ${auditLog.entity} and ${earlier.entityId} = ${auditLog.entityId}
    and ${earlier.changes}->'address' is not null
  order by ${earlier.id} desc limit 1)`;

/**
 * What a reader calls the changed object: its current name (person, group, category…), else the name it had in the
 * recorded change or in the object's other entries (a deleted one), else the key itself for settings and channels.
 */
const entityLabel = sql<string | null>`coalesce(case ${auditLog.entity}
    when 'person' then (select ${people.name} from ${people} where ${people.id} = ${entityUuid})
    when 'organization' then (select ${organizations.name} from ${organizations} where ${organizations.id} = ${entityUuid})
    when 'group' then (select ${supportGroups.name} from ${supportGroups} where ${supportGroups.id} = ${entityUuid})
    when 'category' then (select ${categories.name} from ${categories} where ${categories.id} = ${entityUuid})
    when 'routing_rule' then (select ${routingRules.name} from ${routingRules} where ${routingRules.id} = ${entityUuid})
    when 'api_token' then (select ${apiTokens.name} from ${apiTokens} where ${apiTokens.id} = ${entityUuid})
    when 'canned_response' then (select ${cannedResponses.title} from ${cannedResponses} where ${cannedResponses.id} = ${entityUuid})
    when 'satisfaction_rating' then ${ticketLabel(entityUuid)}
    when 'sla_calendar' then (select ${calendars.name} from ${calendars} where ${calendars.id} = ${entityUuid})
    when 'sla_policy' then (select ${slaPolicies.name} from ${slaPolicies} where ${slaPolicies.id} = ${entityUuid})
    when 'sla_group_target' then (select ${supportGroups.name} from ${supportGroups} where ${supportGroups.id} = ${entityUuid})
    when 'mailbox' then coalesce((select ${mailboxes.address} from ${mailboxes} where ${mailboxes.id} = ${entityUuid}), ${lastRecordedAddress})
  end,
  ${auditLog.changes}->'name'->>'to', ${auditLog.changes}->'name'->>'from',
  ${auditLog.changes}->'title'->>'to', ${auditLog.changes}->'title'->>'from',
  ${lastRecordedName},
  case when ${entityUuid} is null then ${auditLog.entityId} end)`;

/** One page of the audit log the actor may read, newest first, with the id to continue before; each row names its actor and object. */
export async function findAuditEntries(db: Db, actor: Actor, f: AuditFilters) {
  const limit = f.limit ?? 50;
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorId: auditLog.actorId,
      actorName: people.name,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      entityLabel,
      changes: auditLog.changes,
    })
    .from(auditLog)
    .leftJoin(people, eq(people.id, auditLog.actorId))
    .where(
      and(
        auditVisibleTo(actor),
        f.entity ? eq(auditLog.entity, f.entity) : undefined,
        f.entityId ? eq(auditLog.entityId, f.entityId) : undefined,
        f.actorId ? eq(auditLog.actorId, f.actorId) : undefined,
        f.before !== undefined ? lt(auditLog.id, f.before) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, next: rows.length > limit && last ? last.id : null };
}

export type AuditRow = Awaited<ReturnType<typeof findAuditEntries>>["items"][number];
