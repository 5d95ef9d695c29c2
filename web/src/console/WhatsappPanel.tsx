import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useSendWhatsappTemplate, useTicketWhatsapp, useWhatsappTemplates } from "../api/whatsapp.ts";
import { formatDateTime } from "../app/i18n.ts";
import { SelectField, TextField } from "../ui/Field.tsx";
import { Problem } from "../ui/Problem.tsx";
import type { Ticket } from "./types.ts";

/**
 * Once the window has closed: the approved templates, each with a field per parameter, and a button that sends the
 * chosen one (recorded on the ticket as a template event, which is not a response: docs/decisions/0014).
 */
function TemplatePicker({ ticket, ticketRef }: { ticket: Ticket; ticketRef: string }) {
  const { t } = useTranslation(["console", "common"]);
  const templates = useWhatsappTemplates();
  const send = useSendWhatsappTemplate(ticketRef, ticket.id);
  const [templateId, setTemplateId] = useState("");
  const [values, setValues] = useState<string[]>([]);
  const [sent, setSent] = useState("");
  const active = (templates.data ?? []).filter((x) => x.active);
  const chosen = active.find((x) => x.id === templateId);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!chosen) return;
    const parameters = chosen.parameters.map((_, i) => (values[i] ?? "").trim());
    send.mutate(
      { templateId: chosen.id, parameters },
      {
        onSuccess: () => {
          setSent(t("whatsapp.sent", { name: chosen.name }));
          setTemplateId("");
          setValues([]);
        },
      },
    );
  };
  if (templates.data && active.length === 0) return <p className="hint">{t("whatsapp.noTemplates")}</p>;
  return (
    <form className="stack" onSubmit={submit} aria-labelledby="whatsapp-picker" noValidate>
      <h3 id="whatsapp-picker">{t("whatsapp.picker")}</h3>
      <p className="hint">{t("whatsapp.pickerHint")}</p>
      <SelectField
        label={t("whatsapp.chooseTemplate")}
        value={templateId}
        onChange={(e) => {
          setTemplateId(e.target.value);
          setValues([]);
          setSent("");
          send.reset();
        }}
      >
        <option value="">—</option>
        {active.map((x) => (
          <option key={x.id} value={x.id}>
            {x.name} ({x.language})
          </option>
        ))}
      </SelectField>
      {chosen?.parameters.map((name, i) => (
        <TextField
          key={`${chosen.id}:${i}`}
          label={t("whatsapp.parameter", { n: i + 1, name })}
          value={values[i] ?? ""}
          maxLength={1000}
          required
          onChange={(e) => {
            const next = [...values];
            next[i] = e.target.value;
            setValues(next);
          }}
        />
      ))}
      <Problem error={send.error} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={!chosen || send.isPending}>
          {send.isPending ? t("whatsapp.sending") : t("whatsapp.send")}
        </button>
      </div>
      <p role="status">{sent}</p>
    </form>
  );
}

/**
 * A WhatsApp ticket's window and deliveries, shown above the reply box: whether free text may still go out (WhatsApp
 * takes only approved templates once 24 hours have passed since the customer last wrote) — said before the agent types
 * — with the template picker offered once it has closed (folded away while it is open), and each message sent with its delivery (queued, sent, delivered,
 * read, failed: why).
 */
export function WhatsappPanel({ ticket, ticketRef }: { ticket: Ticket; ticketRef: string }) {
  const { t, i18n } = useTranslation(["console", "common"]);
  const query = useTicketWhatsapp(ticketRef, ticket.id, ticket.channel === "whatsapp");
  if (ticket.channel !== "whatsapp" || !query.data) return null;
  const { windowOpen, windowEndsAt, messages } = query.data;
  const outbound = messages.filter((m) => m.direction === "out");
  return (
    <section className="stack" aria-labelledby="whatsapp-panel">
      <h2 id="whatsapp-panel">{t("whatsapp.title")}</h2>
      <p role="status" className={windowOpen ? "notice" : "notice warning"}>
        {windowOpen && windowEndsAt
          ? t("whatsapp.windowOpen", { until: formatDateTime(windowEndsAt, i18n.language) })
          : t("whatsapp.windowClosed")}
      </p>
      {ticket.abilities.update && windowOpen ? (
        // Inside the window free text is the way; a template stays at hand (a reminder the customer opted into).
        <details>
          <summary>{t("whatsapp.picker")}</summary>
          <TemplatePicker ticket={ticket} ticketRef={ticketRef} />
        </details>
      ) : ticket.abilities.update ? (
        <TemplatePicker ticket={ticket} ticketRef={ticketRef} />
      ) : null}
      {outbound.length > 0 ? (
        <ul className="mail-outgoing">
          {outbound.map((m) => (
            <li key={m.id}>
              {m.template ? t("whatsapp.template", { name: m.template.name }) : t("whatsapp.reply")} ·{" "}
              {formatDateTime(m.createdAt, i18n.language)} · <strong>{t(`whatsapp.status.${m.status}`)}</strong>
              {m.lastError ? <> · {m.lastError}</> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
