import { useTranslation } from "react-i18next";
import { inReadersLanguage } from "../app/i18n.ts";
import { formatDateTime } from "../app/i18n.ts";
import { PersonName } from "./Conversation.tsx";
import { useNames } from "./data.ts";
import { useCategories } from "../api/reference.ts";
import type { AreaT } from "../app/i18n.ts";
import type { Channel, TicketType } from "../../../src/shared/enums.ts";
import type { FieldChange, Impact, Priority, Status, TicketEvent, Urgency } from "./types.ts";

type Names = ReturnType<typeof useNames> & { category(id: string | null | undefined): string | undefined };

/** A field's value in words: vocabulary translated, ids turned into names. */
function valueText(field: string, value: unknown, t: AreaT<"console">, names: Names): string {
  if (value === null || value === undefined || value === "") return t("history.nothing");
  if (Array.isArray(value)) return value.length === 0 ? t("history.nothing") : value.join(", ");
  const v = String(value);
  switch (field) {
    case "status":
      return t(`common:status.${v as Status}`);
    case "priority":
      return t(`common:priority.${v as Priority}`);
    case "impact":
      return t(`common:impact.${v as Impact}`);
    case "urgency":
      return t(`common:urgency.${v as Urgency}`);
    case "type":
      return t(`common:type.${v as TicketType}`);
    case "channel":
      return t(`common:channel.${v as Channel}`);
    case "assigneeId":
      return names.person(v) ?? t("history.someone");
    case "groupId":
      return names.group(v) ?? t("history.aGroup");
    case "categoryId":
      return names.category(v) ?? t("history.aCategory");
    case "parentId":
      return t("history.aTicket");
    default:
      return v.length > 120 ? `${v.slice(0, 120)}…` : v;
  }
}

function changeText(c: FieldChange, t: AreaT<"console">, names: Names): string {
  const field = t(`history.field.${c.field}`, { defaultValue: c.field });
  return t("history.changedField", {
    field,
    from: valueText(c.field, c.from, t, names),
    to: valueText(c.field, c.to, t, names),
  });
}

/** Every event of the ticket in words, oldest first, folded away until asked for. */
export function HistoryPanel({ events }: { events: TicketEvent[] }) {
  const { t, i18n } = useTranslation(["console", "common"]);
  const base = useNames();
  const categories = useCategories().data ?? [];
  const names: Names = {
    ...base,
    category: (id) => {
      const found = categories.find((c) => c.id === id);
      return found ? inReadersLanguage(found.name, found.nameUr, i18n.language) : undefined;
    },
  };
  return (
    <section aria-labelledby="history-heading" className="history">
      <h2 id="history-heading">{t("history.heading")}</h2>
      <details>
        <summary>{t("history.show", { count: events.length })}</summary>
        <ol className="history-list">
          {events.map((e) => (
            <li key={e.seq}>
              <time dateTime={e.at} className="muted">
                {formatDateTime(e.at, i18n.language)}
              </time>{" "}
              <strong>
                <PersonName id={e.actorId} />
              </strong>{" "}
              {e.type === "created" ? t("history.created") : null}
              {e.type === "replied" ? t("history.replied") : null}
              {e.type === "noted" ? t("history.noted") : null}
              {e.type === "requester_linked" ? (
                <>
                  {t(`history.linked.${e.data.via}`)} <PersonName id={e.data.to.requesterId} />
                </>
              ) : null}
              {e.type === "public_incident" ? (
                <>
                  {t(`history.publicIncident.${e.data.action}`)}{" "}
                  {"title" in e.data ? <bdi>{e.data.title}</bdi> : "body" in e.data ? <bdi>{e.data.body}</bdi> : null}
                </>
              ) : null}
              {e.type === "changed" ? (
                <>
                  {t("history.changed")}
                  <ul>
                    {e.data.changes.map((c) => (
                      <li key={c.field}>{changeText(c, t, names)}</li>
                    ))}
                  </ul>
                  {e.data.reason ? <p className="hint">{t("history.reason", { reason: e.data.reason })}</p> : null}
                </>
              ) : null}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
