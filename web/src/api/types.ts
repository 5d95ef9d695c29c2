import type { Schema } from "./client.ts";

// The API's answers under the names the app uses: each is the generated type (schema.d.ts), named once here and
// re-exported by the console, portal and admin instead of being copied into each.

export type Ticket = Schema<"Ticket">;
export type TicketEvent = Schema<"TicketEvent">;
/** One field's move in a `changed` event of the history. */
export type FieldChange = Extract<TicketEvent, { type: "changed" }>["data"]["changes"][number];
export type Attachment = Schema<"Attachment">;
export type TicketSla = Schema<"TicketSla">;
export type Clock = TicketSla["clocks"][number];
export type Escalation = Schema<"Escalation">;
export type Rating = Schema<"SatisfactionRating">;
export type CannedResponse = Schema<"CannedResponse">;
export type CallLog = Schema<"Call">;
export type View = Schema<"View">;

export type Person = Schema<"Person">;
export type Group = Schema<"SupportGroup">;
export type GroupTarget = Schema<"GroupTarget">;
export type Organization = Schema<"Organization">;
export type Category = Schema<"Category">;
export type PriorityMatrix = Schema<"PriorityMatrix">;
export type RoutingRule = Schema<"RoutingRule">;
export type ApiToken = Schema<"ApiToken">;
export type ChannelSetting = Schema<"ChannelSetting">;
export type AuditEntry = Schema<"AuditEntry">;
export type SlaPreview = Schema<"SlaPreview">;
export type Settings = Schema<"Settings">;
