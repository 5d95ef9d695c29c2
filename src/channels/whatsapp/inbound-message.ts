// What an inbound WhatsApp message says, as ticket text (pure): each type Meta sends read into words an agent can
// act on, its media (to fetch), the message it answers (`context.id`) and who sent it. Unknown types become a line
// saying so — the message is still kept — and are named for the log.

export type InboundMedia = { mediaId: string; mimeType: string; filename: string | null; kind: string };

export type InboundMessage = {
  id: string;
  /** The sender's WhatsApp id: `from` (wa_id), else the newer user id of a sender without a number. */
  senderId: string | null;
  /** A telephone number to place the sender by (only a wa_id is one). */
  phone: string | null;
  name: string;
  sentAt: Date | null;
  contextId: string | null;
  /** The WhatsApp group it was written in (Meta's `group_id`); null: one-to-one. */
  groupId: string | null;
  type: string;
  text: string;
  media: InboundMedia | null;
  /** Set when the type is not one this desk knows (logged; the message is kept with a note). */
  unknownType: string | null;
};

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Json) : {});
const str = (v: unknown): string => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");
const MEDIA = ["image", "document", "audio", "video", "sticker"] as const;

function contactsText(value: unknown): string {
  const cards = Array.isArray(value) ? value.map(obj) : [];
  return cards
    .map((card) => {
      const name = str(obj(card.name).formatted_name) || "(no name)";
      const phones = (Array.isArray(card.phones) ? card.phones.map(obj) : []).map((p) => str(p.phone)).filter(Boolean);
      return `Contact: ${name}${phones.length > 0 ? ` (${phones.join(", ")})` : ""}`;
    })
    .join("\n");
}

function interactiveText(value: Json): string {
  const reply = obj(value.button_reply ?? value.list_reply ?? value.nfm_reply);
  const description = str(reply.description);
  return `${str(reply.title) || str(reply.name) || str(reply.id)}${description ? ` — ${description}` : ""}`;
}

/** The text and media of one message by its type. */
function content(item: Json, type: string): Pick<InboundMessage, "text" | "media" | "unknownType"> {
  if (type === "text") return { text: str(obj(item.text).body), media: null, unknownType: null };
  if ((MEDIA as readonly string[]).includes(type)) {
    const m = obj(item[type]);
    const mediaId = str(m.id);
    return {
      text: str(m.caption),
      media: mediaId ? { mediaId, mimeType: str(m.mime_type), filename: str(m.filename) || null, kind: type } : null,
      unknownType: null,
    };
  }
  if (type === "location") {
    const l = obj(item.location);
    const place = [str(l.name), str(l.address)].filter(Boolean).join(", ");
    return {
      text: `Location: ${place ? `${place} ` : ""}(${str(l.latitude)}, ${str(l.longitude)})`,
      media: null,
      unknownType: null,
    };
  }
  if (type === "contacts") return { text: contactsText(item.contacts), media: null, unknownType: null };
  if (type === "interactive") return { text: interactiveText(obj(item.interactive)), media: null, unknownType: null };
  if (type === "button") {
    const b = obj(item.button);
    return { text: str(b.text) || str(b.payload), media: null, unknownType: null };
  }
  if (type === "reaction") {
    const r = obj(item.reaction);
    // An emptied emoji takes a reaction back.
    return { text: str(r.emoji) ? `Reacted ${str(r.emoji)}` : "Removed a reaction", media: null, unknownType: null };
  }
  return {
    text: `[A WhatsApp message of type "${type || "unknown"}" this desk cannot show]`,
    media: null,
    unknownType: type || "unknown",
  };
}

/** Reads a stored message and the contact Meta sent beside it. */
export function readInboundMessage(item: Json, contact: Json | null): InboundMessage {
  const type = str(item.type);
  const c = obj(contact);
  const waId = str(item.from) || str(c.wa_id);
  const userId = str(item.from_user_id) || str(c.user_id);
  const seconds = Number(str(item.timestamp));
  const context = obj(item.context);
  // A reaction answers the message it reacts to.
  const contextId = str(context.id) || (type === "reaction" ? str(obj(item.reaction).message_id) : "");
  return {
    id: str(item.id),
    senderId: waId || (userId ? `user:${userId}` : null),
    phone: /^\d{5,15}$/.test(waId) ? `+${waId}` : null,
    name: str(obj(c.profile).name).trim(),
    sentAt: Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000) : null,
    contextId: contextId || null,
    groupId: str(item.group_id) || null,
    type,
    ...content(item, type),
  };
}
