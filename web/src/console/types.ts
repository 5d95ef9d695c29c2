import type { Ticket } from "../api/types.ts";

/** What the console reads from the API: the generated types (web/src/api/schema.d.ts), named for the console. */

export { IMPACTS, PRIORITIES, STATUSES, URGENCIES } from "../../../src/shared/enums.ts";
export type { Impact, Priority, Status, Urgency } from "../../../src/shared/enums.ts";
export const ACTIVE_STATUSES = "new,open,pending,on_hold";

export type { TicketPage } from "../api/tickets.ts";
export type {
  Attachment,
  CallLog,
  CannedResponse,
  Category,
  Clock,
  Escalation,
  Group,
  Organization,
  Person,
  PriorityMatrix,
  Ticket,
  TicketSla,
  View,
} from "../api/types.ts";

export type FieldChange = { field: string; from: unknown; to: unknown };
export type TicketEvent =
  | {
      seq: number;
      type: "created";
      actorId: string | null;
      at: string;
      data: { fields: Record<string, unknown>; fromStaff?: boolean; recordedBy?: string };
    }
  | {
      seq: number;
      type: "changed";
      actorId: string | null;
      at: string;
      data: { changes: FieldChange[]; reason: string | null };
    }
  | {
      seq: number;
      type: "replied" | "noted";
      actorId: string | null;
      at: string;
      data: { body: string; channel: string; attachmentIds: string[]; fromStaff: boolean; automatic?: boolean };
    }
  | {
      seq: number;
      type: "requester_linked";
      actorId: string | null;
      at: string;
      data: { from: { requesterId: string }; to: { requesterId: string }; via: "confirmation" | "agent" };
    }
  | {
      seq: number;
      type: "public_incident";
      actorId: string | null;
      at: string;
      data: { action: "published"; title: string } | { action: "update"; body: string } | { action: "unpublished" };
    };

export type ClockKind = "first_response" | "next_reply" | "resolution";

export type { BulkChanges, BulkResult } from "../api/ticket-actions.ts";

export type CallOutcome = "resolved_on_call" | "new_ticket" | "updated_ticket";
export type { CallerMatch } from "../api/calls.ts";
