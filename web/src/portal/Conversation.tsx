import { useTranslation } from "react-i18next";
import { useEvents } from "../api/ticket-work.ts";
import { attachmentUrl } from "../api/ticket-actions.ts";
import { formatDateTime } from "../app/i18n.ts";
import { Problem } from "../ui/Problem.tsx";
import type { Attachment, FieldChange, Priority, Status, Ticket } from "./types.ts";

/**
 * The public conversation, oldest first: replies from both sides and the status moves that concern the requester
 * (the API leaves out internal notes and internal field changes for requesters).
 */
export function Conversation({
  ticket,
  refKey,
  meId,
  attachments,
}: {
  ticket: Ticket;
  refKey: string;
  meId: string;
  attachments: Attachment[];
}) {
  const { t, i18n } = useTranslation(["portal", "common"]);
  // The same cache entry as the console's (["ticket", ref, "events"]): one shape for both.
  const events = useEvents(refKey, ticket);
  const lang = i18n.language;
  const byId = new Map(attachments.map((a) => [a.id, a]));
  const items = (events.data ?? []).filter((e) => e.type === "replied" || e.type === "changed");

  const describeChange = (c: FieldChange): string | null => {
    if (c.field === "status") return t("conversation.statusMoved", { to: t(`common:status.${c.to as Status}`) });
    if (c.field === "priority")
      return t("conversation.priorityMoved", { to: t(`common:priority.${c.to as Priority}`) });
    if (c.field === "subject") return t("conversation.subjectMoved", { to: String(c.to) });
    return null;
  };

  return (
    <section aria-labelledby="conversation-title">
      <h2 id="conversation-title">{t("conversation.title")}</h2>
      <Problem error={events.error} />
      {events.isSuccess && items.length === 0 ? <p className="hint">{t("conversation.empty")}</p> : null}
      <ol className="conversation">
        {items.map((event) => {
          if (event.type === "changed") {
            const changes = event.data.changes.map(describeChange).filter((x): x is string => x !== null);
            if (changes.length === 0) return null;
            return (
              <li key={event.seq} className="moved">
                <span>{changes.join(" · ")}</span> <time dateTime={event.at}>{formatDateTime(event.at, lang)}</time>
              </li>
            );
          }
          const mine = event.actorId === meId;
          const fromStaff = event.data.fromStaff;
          const who = mine
            ? t("conversation.you")
            : fromStaff
              ? t("conversation.support")
              : t("conversation.colleague");
          const files = event.data.attachmentIds.map((id) => byId.get(id)).filter((a): a is Attachment => !!a);
          return (
            <li key={event.seq} className={`message ${mine ? "mine" : fromStaff ? "theirs" : ""}`}>
              <header>
                <strong>{who}</strong>
                <time dateTime={event.at}>{formatDateTime(event.at, lang)}</time>
              </header>
              <div className="body" dir="auto">
                {event.data.body}
              </div>
              {files.length > 0 ? (
                <ul className="files">
                  {files.map((f) => (
                    <li key={f.id}>
                      <a href={attachmentUrl(ticket.id, f.id)} download={f.filename}>
                        <bdi>{f.filename}</bdi>
                      </a>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
