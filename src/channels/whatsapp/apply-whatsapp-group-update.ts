import type { Db } from "../../platform/db/database.ts";
import type { GroupField } from "./webhook-payload.ts";
import type { WhatsappGroupState } from "./whatsapp.tables.ts";
import { ensureGroup, updateGroup, type WhatsappGroupRow } from "./whatsapp.store.ts";

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Json) : {});
const str = (v: unknown): string => (typeof v === "string" ? v : "");
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.map(obj) : []);

/** The change one group update makes to the group row (pure), or why it changes nothing. */
export type GroupChange =
  | {
      kind: "change";
      patch: Partial<Pick<WhatsappGroupRow, "subject" | "description" | "inviteLink" | "state">>;
      add: string[];
      remove: string[];
      outcome: string;
    }
  | { kind: "none"; outcome: string };

/** WhatsApp ids of a participant list (`wa_id`, else the newer user id, as the messages name senders). */
function participantIds(items: Json[]): string[] {
  return items.map((p) => str(p.wa_id) || (str(p.user_id) ? `user:${str(p.user_id)}` : "")).filter(Boolean);
}

/** A text Meta sent as `{ text }` (settings updates) or as a plain string (lifecycle updates). */
function textOf(v: unknown): string | null {
  if (typeof v === "string") return v;
  const o = obj(v);
  if (o.update_successful === false) return null;
  return typeof o.text === "string" ? o.text : null;
}

/**
 * Reads one `value.groups[]` entry of a Groups API webhook (see docs/adr/0014-whatsapp-groups.md for what is assumed):
 * creation and deletion, participants joining (invite link, approved request) and leaving or removed, subject and
 * description changed, the group suspended and cleared. A failed operation (`errors`), a join request still waiting
 * and an unknown `type` change nothing and say so.
 */
export function readGroupUpdate(field: GroupField, item: Json): GroupChange {
  const type = str(item.type);
  const errors = list(item.errors);
  const failed =
    errors.length > 0 && list(item.added_participants).length + list(item.removed_participants).length === 0;
  if (failed && field !== "group_settings_update")
    return {
      kind: "none",
      outcome: `ignored: ${type || field} failed (${str(errors[0]!.code) || String(errors[0]!.code)})`,
    };
  const none = (why: string): GroupChange => ({ kind: "none", outcome: `ignored: ${why}` });
  const change = (
    patch: Extract<GroupChange, { kind: "change" }>["patch"],
    add: string[] = [],
    remove: string[] = [],
  ): GroupChange => ({
    kind: "change",
    patch,
    add,
    remove,
    outcome: `group ${type || field}`,
  });
  switch (field) {
    case "group_lifecycle_update": {
      if (type === "group_create")
        return change({
          state: "active",
          ...(textOf(item.subject) !== null ? { subject: textOf(item.subject)! } : {}),
          ...(textOf(item.description) !== null ? { description: textOf(item.description)! } : {}),
          ...(str(item.invite_link) ? { inviteLink: str(item.invite_link) } : {}),
        });
      if (type === "group_delete") return change({ state: "deleted" });
      return none(`group lifecycle type "${type}" unknown`);
    }
    case "group_participants_update": {
      const added = participantIds(list(item.added_participants));
      const removed = participantIds(list(item.removed_participants));
      if (added.length + removed.length === 0)
        return none(`group participants "${type}" names no participant that joined or left`);
      return change({}, added, removed);
    }
    case "group_settings_update": {
      const subject = textOf(item.group_subject);
      const description = textOf(item.group_description);
      if (subject === null && description === null)
        return none("group settings update changed nothing this desk keeps");
      return change({
        ...(subject !== null ? { subject } : {}),
        ...(description !== null ? { description } : {}),
      });
    }
    case "group_status_update": {
      const states: Record<string, WhatsappGroupState> = {
        group_suspend: "suspended",
        group_suspend_cleared: "active",
      };
      const state = states[type];
      return state ? change({ state }) : none(`group status type "${type}" unknown`);
    }
  }
}

const SUBJECT_MAX = 500;
const DESCRIPTION_MAX = 2000;

/**
 * Applies a stored group update to its group row (made on first news), in the worker's transaction: state, subject,
 * description, invite link and the participant list (added ones once, removed ones gone). Answers the event's outcome.
 */
export async function applyWhatsappGroupUpdate(
  db: Db,
  input: { field: GroupField; item: Json; phoneNumberId: string; at: Date },
): Promise<string> {
  const groupId = str(input.item.group_id);
  const read = readGroupUpdate(input.field, input.item);
  if (read.kind === "none") return read.outcome;
  const group = await ensureGroup(db, groupId, input.phoneNumberId, input.at);
  const { patch } = read;
  // A deleted group stays deleted: only its creation (a group id used again) makes it active; a late participant,
  // settings or status update does not bring it back.
  const revived = input.field === "group_lifecycle_update" && patch.state === "active";
  const state = patch.state !== undefined && (group.state !== "deleted" || revived) ? patch.state : undefined;
  const participants = [...new Set([...group.participants, ...read.add])].filter((id) => !read.remove.includes(id));
  await updateGroup(db, groupId, {
    ...(patch.subject !== undefined ? { subject: patch.subject.slice(0, SUBJECT_MAX) } : {}),
    ...(patch.description !== undefined ? { description: patch.description.slice(0, DESCRIPTION_MAX) } : {}),
    ...(patch.inviteLink !== undefined ? { inviteLink: patch.inviteLink } : {}),
    ...(state !== undefined ? { state } : {}),
    participants,
    updatedAt: input.at,
  });
  return read.outcome;
}
