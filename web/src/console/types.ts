/** What the console reads from the API: the generated types (web/src/api/schema.d.ts), named for the console. */

export { IMPACTS, PRIORITIES, STATUSES, URGENCIES } from "../../../src/shared/enums.ts";
export type { Impact, Priority, Status, Urgency } from "../../../src/shared/enums.ts";
export const ACTIVE_STATUSES = "new,open,pending,on_hold";

import type { CallLog } from "../api/types.ts";

export type { TicketPage } from "../api/tickets.ts";
export type {
  Attachment,
  CallLog,
  CannedResponse,
  Category,
  Clock,
  Escalation,
  FieldChange,
  Group,
  Organization,
  Person,
  PriorityMatrix,
  Ticket,
  TicketEvent,
  TicketSla,
  View,
} from "../api/types.ts";

export type { BulkChanges, BulkResult } from "../api/ticket-actions.ts";

export type CallOutcome = CallLog["outcome"];
export type { CallerMatch } from "../api/calls.ts";
