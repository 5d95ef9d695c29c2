import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { escalateTicket } from "../api/ticket-actions.ts";
import { ApiError } from "../app/api.ts";
import { formatDateTime } from "../app/i18n.ts";
import { Dialog } from "../ui/Dialog.tsx";
import { SelectField, TextArea } from "../ui/Field.tsx";
import { Problem } from "../ui/Problem.tsx";
import { PersonName } from "./Conversation.tsx";
import { useNames } from "./data.ts";
import { useGroups } from "../api/groups.ts";
import { useEscalations } from "../api/ticket-work.ts";
import type { Ticket } from "./types.ts";

function EscalateForm({
  ticket,
  ticketRef,
  onDone,
  onCancel,
}: {
  ticket: Ticket;
  ticketRef: string;
  onDone(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation(["console", "common"]);
  const queryClient = useQueryClient();
  const groups = useGroups().data ?? [];
  const [reason, setReason] = useState("");
  const [toGroupId, setToGroupId] = useState("");
  const [raise, setRaise] = useState(false);
  const [tried, setTried] = useState(false);
  const escalate = useMutation({
    mutationFn: () =>
      escalateTicket(ticket.id, {
        reason: reason.trim(),
        ...(toGroupId ? { toGroupId } : {}),
        ...(raise ? { raisePriority: true } : {}),
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["ticket", ticketRef] });
      void queryClient.invalidateQueries({ queryKey: ["tickets"] });
      onDone();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (reason.trim()) escalate.mutate();
  };
  const fieldError = (f: string) => (escalate.error instanceof ApiError ? escalate.error.fieldError(f) : undefined);
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <TextArea
        label={t("escalation.reason")}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        required
        maxLength={500}
        rows={3}
        autoFocus
        error={fieldError("reason") ?? (tried && !reason.trim() ? t("escalation.reasonRequired") : undefined)}
      />
      <SelectField
        label={t("escalation.toGroup")}
        value={toGroupId}
        onChange={(e) => setToGroupId(e.target.value)}
        hint={t("escalation.toGroupHint")}
        error={fieldError("toGroupId")}
      >
        <option value="">{t("escalation.keepGroup")}</option>
        {groups
          .filter((g) => g.id !== ticket.groupId)
          .map((g) => (
            <option key={g.id} value={g.id}>
              {t("escalation.groupTier", { name: g.name, tier: g.tier })}
            </option>
          ))}
      </SelectField>
      <label className="choice">
        <input
          type="checkbox"
          checked={raise}
          onChange={(e) => setRaise(e.target.checked)}
          disabled={ticket.priority === "critical"}
        />
        <span>{t("escalation.raise")}</span>
      </label>
      <Problem error={escalate.error} />
      <div className="row end">
        <button type="button" onClick={onCancel}>
          {t("common:cancel")}
        </button>
        <button type="submit" className="primary" disabled={escalate.isPending}>
          {t("escalation.submit")}
        </button>
      </div>
    </form>
  );
}

/** The ticket's escalations, newest first, and "Escalate" (a reason is required). */
export function EscalationPanel({
  ticket,
  ticketRef,
  open,
  setOpen,
}: {
  ticket: Ticket;
  ticketRef: string;
  open: boolean;
  setOpen(open: boolean): void;
}) {
  const { t, i18n } = useTranslation(["console", "common"]);
  const list = useEscalations(ticketRef, ticket);
  const names = useNames();
  const [done, setDone] = useState("");
  return (
    <section aria-labelledby="escalations-heading" className="card escalations">
      <div className="spread">
        <h2 id="escalations-heading">{t("escalation.heading")}</h2>
        {ticket.abilities.update ? (
          <button type="button" onClick={() => (setDone(""), setOpen(true))}>
            {t("escalation.open")}
          </button>
        ) : null}
      </div>
      <p role="status" className="hint">
        {done}
      </p>
      {list.data && list.data.length === 0 ? <p className="hint">{t("escalation.none")}</p> : null}
      {list.error ? <p className="error">{t("escalation.error")}</p> : null}
      <ol className="plain-list">
        {(list.data ?? []).map((e) => (
          <li key={e.id} className="escalation">
            <div className="spread">
              <strong>{t(`escalation.kind.${e.kind}`)}</strong>
              <time dateTime={e.at} className="muted">
                {formatDateTime(e.at, i18n.language)}
              </time>
            </div>
            {e.toGroupId && e.toGroupId !== e.fromGroupId ? (
              <p>
                {t("escalation.toGroupWas", {
                  from: names.group(e.fromGroupId) ?? t("properties.noGroup"),
                  to: names.group(e.toGroupId) ?? "…",
                })}
              </p>
            ) : null}
            {e.toPriority && e.toPriority !== e.fromPriority ? (
              <p>
                {t("escalation.priorityWas", {
                  from: e.fromPriority ? t(`common:priority.${e.fromPriority}`) : "—",
                  to: t(`common:priority.${e.toPriority}`),
                })}
              </p>
            ) : null}
            {e.clock ? (
              <p className="hint">
                {t("escalation.clock", {
                  clock: t(`common:clock.${e.clock === "first_response" ? "response" : e.clock}`),
                })}
              </p>
            ) : null}
            <p>{e.reason}</p>
            <p className="hint">{e.actorId ? <PersonName id={e.actorId} /> : t("escalation.automatic")}</p>
          </li>
        ))}
      </ol>
      {open ? (
        <Dialog open title={t("escalation.title", { number: ticket.number })} onClose={() => setOpen(false)}>
          <EscalateForm
            ticket={ticket}
            ticketRef={ticketRef}
            onCancel={() => setOpen(false)}
            onDone={() => (setOpen(false), setDone(t("escalation.done")))}
          />
        </Dialog>
      ) : null}
    </section>
  );
}
