import { useTranslation } from "react-i18next";
import { formatDateTime } from "../app/i18n.ts";
import { usePerson } from "../api/people.ts";
import type { MailDelivery } from "../api/mail.ts";
import type { WhatsappMessage } from "../api/whatsapp.ts";
import { attachmentUrl } from "../api/ticket-actions.ts";
import { DeliveryBadge } from "./MailPanel.tsx";
import { CallRecord } from "./RelatedPanel.tsx";
import type { Attachment, CallLog, Ticket, TicketEvent } from "./types.ts";

/** A person's name by id (staff and requesters alike), or a neutral word while it loads. */
export function PersonName({ id }: { id: string | null | undefined }) {
  const { t } = useTranslation(["console", "common"]);
  const person = usePerson(id);
  if (!id) return <>{t("conversation.system")}</>;
  return <bdi>{person.data?.name ?? (person.isError ? t("conversation.unknownPerson") : "…")}</bdi>;
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function AttachmentLinks({
  ticket,
  ids,
  attachments,
}: {
  ticket: Ticket;
  ids: string[];
  attachments: Attachment[];
}) {
  const { t } = useTranslation(["console", "common"]);
  if (ids.length === 0) return null;
  return (
    <ul className="attachments" aria-label={t("conversation.attachments")}>
      {ids.map((id) => {
        const file = attachments.find((a) => a.id === id);
        return (
          <li key={id}>
            <a href={attachmentUrl(ticket.id, id)} download={file?.filename ?? true}>
              {file?.filename ?? t("conversation.attachment")}
            </a>
            {file ? <span className="muted"> ({size(file.size)})</span> : null}
          </li>
        );
      })}
    </ul>
  );
}

/** A WhatsApp message's delivery on the reply or template it carried (Meta's reason when it failed). */
function WhatsappStatus({ message }: { message: WhatsappMessage }) {
  const { t } = useTranslation(["console", "common"]);
  const tone =
    message.status === "failed"
      ? "breached"
      : message.status === "delivered" || message.status === "read"
        ? "met"
        : "stopped";
  return (
    <span className={`badge ${tone}`}>
      {t(`whatsapp.status.${message.status}`)}
      {message.lastError ? ` · ${message.lastError}` : ""}
    </span>
  );
}

type Message = {
  key: number;
  /** template: an approved WhatsApp template sent to the customer (not a reply: docs/decisions/0014). */
  kind: "opened" | "reply" | "note" | "template";
  actorId: string | null;
  /** Staff who wrote the request down on the requester's behalf (a logged call). */
  recordedBy?: string | undefined;
  at: string;
  body: string;
  attachmentIds: string[];
  automatic: boolean;
};

function messagesOf(events: TicketEvent[]): Message[] {
  const out: Message[] = [];
  for (const e of events) {
    if (e.type === "created") {
      out.push({
        key: e.seq,
        kind: "opened",
        actorId: e.actorId,
        recordedBy: e.data.recordedBy,
        at: e.at,
        body: e.data.fields.description,
        attachmentIds: [],
        automatic: false,
      });
    } else if (e.type === "replied" || e.type === "noted") {
      out.push({
        key: e.seq,
        kind: e.type === "noted" ? "note" : "reply",
        actorId: e.actorId,
        at: e.at,
        body: e.data.body,
        attachmentIds: e.data.attachmentIds,
        automatic: Boolean(e.data.automatic),
      });
    } else if (e.type === "whatsapp_template") {
      out.push({
        key: e.seq,
        kind: "template",
        actorId: e.actorId,
        at: e.at,
        body: [e.data.name, ...e.data.parameters.map((p, i) => `{{${i + 1}}} ${p}`)].join("\n"),
        attachmentIds: [],
        automatic: false,
      });
    }
  }
  return out;
}

/**
 * The conversation, oldest first: the request, public replies and internal notes. Notes are unmistakable: their
 * own class (dashed, tinted), an "Internal note" label, and the word in their accessible name.
 */
export function Conversation({
  ticket,
  events,
  attachments,
  openingCall,
  deliveries,
  whatsapp,
}: {
  ticket: Ticket;
  events: TicketEvent[];
  attachments: Attachment[];
  openingCall?: CallLog | undefined;
  /** On a mail ticket: each public reply's mail delivery, by the reply's seq. */
  deliveries?: ReadonlyMap<number, MailDelivery> | undefined;
  /** On a WhatsApp ticket: the WhatsApp message each reply or template went out as, by its event's seq. */
  whatsapp?: ReadonlyMap<number, WhatsappMessage> | undefined;
}) {
  const { t, i18n } = useTranslation(["console", "common"]);
  const messages = messagesOf(events);
  return (
    <section aria-labelledby="conversation-heading" className="conversation">
      <h2 id="conversation-heading">{t("conversation.heading")}</h2>
      <ol className="messages">
        {messages.map((m) => {
          const label =
            m.kind === "note"
              ? t("conversation.note")
              : m.kind === "reply"
                ? t("conversation.reply")
                : m.kind === "template"
                  ? t("whatsapp.templateEvent")
                  : t("conversation.opened");
          const sentAs = whatsapp?.get(m.key);
          return (
            <li key={m.key}>
              <article className={`message ${m.kind}`} aria-labelledby={`message-${m.key}`}>
                <header>
                  <span id={`message-${m.key}`}>
                    <span className={`message-kind ${m.kind}`}>{label}</span>
                    {m.automatic ? <span className="muted"> ({t("conversation.automatic")})</span> : null}
                    {" · "}
                    <strong className="author">
                      <PersonName id={m.actorId} />
                    </strong>
                    {m.recordedBy ? (
                      <span className="muted">
                        {" "}
                        ({t("conversation.recordedBy")} <PersonName id={m.recordedBy} />)
                      </span>
                    ) : null}
                  </span>
                  <time dateTime={m.at}>{formatDateTime(m.at, i18n.language)}</time>
                  {m.kind === "reply" && deliveries?.has(m.key) ? (
                    <DeliveryBadge delivery={deliveries.get(m.key)!} />
                  ) : null}
                  {sentAs ? <WhatsappStatus message={sentAs} /> : null}
                </header>
                {m.kind === "template" ? <p className="hint">{t("whatsapp.templateEventHint")}</p> : null}
                <div className="body" dir="auto">
                  {m.body || <span className="muted">{t("conversation.empty")}</span>}
                </div>
                <AttachmentLinks ticket={ticket} ids={m.attachmentIds} attachments={attachments} />
                {m.kind === "opened" && openingCall ? <CallRecord call={openingCall} /> : null}
              </article>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
