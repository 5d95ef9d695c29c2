import * as identity from "./identity/identity.tables.ts";
import * as tickets from "./tickets/ticket.tables.ts";

/**
 * Every table, in an order where each comes after the tables it references: export writes
 * them in this order and import loads them in it. Sessions are deliberately left out (they are
 * per-sign-in and expire).
 */
export const WORKSPACE_TABLES = [
  identity.organizations,
  identity.people,
  identity.supportGroups,
  identity.groupMembers,
  identity.apiTokens,
  identity.auditLog,
  identity.settings,
  tickets.categories,
  tickets.routingRules,
  tickets.tickets,
  tickets.ticketEvents,
  tickets.attachments,
] as const;
