import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../app/api.ts";
import { inReadersLanguage } from "../app/i18n.ts";
import { useMe } from "../app/session.tsx";
import { Problem } from "../ui/Problem.tsx";
import { useGroups } from "../api/groups.ts";
import { useActiveStaff } from "../api/people.ts";
import { useCategories, usePriorityMatrix } from "../api/reference.ts";
import { StaleTicketError, useUpdateTicket } from "../api/ticket-work.ts";
import {
  IMPACTS,
  PRIORITIES,
  URGENCIES,
  type Impact,
  type Priority,
  type Status,
  type Ticket,
  type Urgency,
} from "./types.ts";

type Draft = {
  status: Status;
  impact: Impact;
  urgency: Urgency;
  priority: Priority;
  priorityReason: string;
  groupId: string;
  assigneeId: string;
  categoryId: string;
  tags: string;
};

const draftOf = (ticket: Ticket): Draft => ({
  status: ticket.status,
  impact: ticket.impact,
  urgency: ticket.urgency,
  priority: ticket.priority,
  priorityReason: "",
  groupId: ticket.groupId ?? "",
  assigneeId: ticket.assigneeId ?? "",
  categoryId: ticket.categoryId ?? "",
  tags: ticket.tags.join(", "),
});

const tagsOf = (text: string) => [
  ...new Set(
    text
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  ),
];

/** Only what the form changed, as PATCH fields. */
function changesOf(ticket: Ticket, d: Draft, matrixPriority: Priority | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (d.status !== ticket.status) out.status = d.status;
  if (d.impact !== ticket.impact) out.impact = d.impact;
  if (d.urgency !== ticket.urgency) out.urgency = d.urgency;
  const priorityMoved =
    d.priority !== ticket.priority || ((out.impact || out.urgency) && d.priority !== matrixPriority);
  if (priorityMoved) out.priority = d.priority;
  if (priorityMoved && d.priority !== matrixPriority && d.priorityReason.trim())
    out.priorityReason = d.priorityReason.trim();
  if (d.groupId !== (ticket.groupId ?? "")) out.groupId = d.groupId || null;
  if (d.assigneeId !== (ticket.assigneeId ?? "")) out.assigneeId = d.assigneeId || null;
  if (d.categoryId !== (ticket.categoryId ?? "")) out.categoryId = d.categoryId || null;
  const tags = tagsOf(d.tags);
  if (tags.join("\n") !== ticket.tags.join("\n")) out.tags = tags;
  return out;
}

/** Status, priority (with impact and urgency), group, assignee, category and tags, saved together at the shown version. */
export function PropertiesPanel({
  ticket,
  ticketRef,
  takeSignal,
}: {
  ticket: Ticket;
  ticketRef: string;
  takeSignal: number;
}) {
  const { t, i18n } = useTranslation(["console", "common"]);
  // Groups and categories by the name admins gave them in the reader's language.
  const option = (x: { id: string; name: string; nameUr: string | null }): [string, string] => [
    x.id,
    inReadersLanguage(x.name, x.nameUr, i18n.language),
  ];
  const me = useMe();
  const staff = useActiveStaff().data ?? [];
  const groups = useGroups().data ?? [];
  const categories = useCategories().data ?? [];
  const matrix = usePriorityMatrix().data;
  const update = useUpdateTicket(ticketRef, ticket);
  // Only the fields the person touched: the others follow the ticket as it changes (live, or after a save).
  const [edits, setEdits] = useState<Partial<Draft>>({});
  const draft: Draft = { ...draftOf(ticket), ...edits };
  // A new impact or urgency moves the priority with the matrix, unless the priority was chosen by hand.
  const followed =
    matrix && !("priority" in edits) && ("impact" in edits || "urgency" in edits)
      ? matrix[draft.impact]?.[draft.urgency]
      : undefined;
  if (followed) draft.priority = followed;
  const [saved, setSaved] = useState("");

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setSaved("");
    setEdits((e) => ({ ...e, [key]: value }));
  };
  const matrixPriority = matrix?.[draft.impact]?.[draft.urgency];
  const overriding = matrixPriority !== undefined && draft.priority !== matrixPriority;
  const needsReason =
    overriding &&
    (draft.priority !== ticket.priority || draft.impact !== ticket.impact || draft.urgency !== ticket.urgency);
  const changes = changesOf(ticket, draft, matrixPriority);
  const dirty = Object.keys(changes).length > 0;
  const group = groups.find((g) => g.id === draft.groupId);
  const assignable = group ? staff.filter((p) => group.memberIds.includes(p.id)) : staff;
  // The server says where this ticket may go (its lifecycle and this person's rights); the browser keeps no copy.
  const statuses: Status[] = [ticket.status, ...ticket.abilities.statuses];
  const fieldError = (name: string) => (update.error instanceof ApiError ? update.error.fieldError(name) : undefined);
  const readOnly = !ticket.abilities.update;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!dirty || (needsReason && !draft.priorityReason.trim())) return;
    update.mutate(changes, {
      onSuccess: () => (setEdits({}), setSaved(t("properties.saved"))),
      onError: (error) => {
        if (error instanceof StaleTicketError) setEdits({});
      },
    });
  };
  const take = () => update.mutate({ assigneeId: me.id }, { onSuccess: () => setSaved(t("properties.taken")) });
  // The "t" shortcut asks for the same as the button.
  useEffect(() => {
    if (takeSignal > 0 && ticket.assigneeId !== me.id && !readOnly) take();
  }, [takeSignal]);

  const select = (
    id: string,
    label: string,
    value: string,
    onChange: (v: string) => void,
    options: [string, string][],
    error?: string,
  ) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        disabled={readOnly}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
      {error ? (
        <p className="error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );

  return (
    <section aria-labelledby="properties-heading" className="card properties">
      <div className="spread">
        <h2 id="properties-heading">{t("properties.heading")}</h2>
        {ticket.assigneeId !== me.id && !readOnly ? (
          <button type="button" onClick={take} disabled={update.isPending}>
            {t("properties.take")}
          </button>
        ) : null}
      </div>
      <form onSubmit={submit} className="stack compact" noValidate>
        {select(
          "prop-status",
          t("properties.status"),
          draft.status,
          (v) => set("status", v as Status),
          statuses.map((s) => [s, t(`common:status.${s}`)]),
          fieldError("status"),
        )}
        {select(
          "prop-impact",
          t("properties.impact"),
          draft.impact,
          (v) => set("impact", v as Impact),
          IMPACTS.map((i) => [i, t(`common:impact.${i}`)]),
        )}
        {select(
          "prop-urgency",
          t("properties.urgency"),
          draft.urgency,
          (v) => set("urgency", v as Urgency),
          URGENCIES.map((u) => [u, t(`common:urgency.${u}`)]),
        )}
        {select(
          "prop-priority",
          t("properties.priority"),
          draft.priority,
          (v) => set("priority", v as Priority),
          PRIORITIES.map((p) => [p, t(`common:priority.${p}`)]),
          fieldError("priority"),
        )}
        <p className="hint" id="prop-priority-matrix">
          {matrixPriority ? t("properties.matrixSays", { priority: t(`common:priority.${matrixPriority}`) }) : null}
          {ticket.priorityOverride && !needsReason
            ? ` ${t("properties.overridden", { reason: ticket.priorityOverride })}`
            : null}
        </p>
        {needsReason ? (
          <div className="field">
            <label htmlFor="prop-reason">{t("properties.priorityReason")}</label>
            <input
              id="prop-reason"
              value={draft.priorityReason}
              onChange={(e) => set("priorityReason", e.target.value)}
              required
              maxLength={500}
              aria-invalid={fieldError("priorityReason") || !draft.priorityReason.trim() ? true : undefined}
              aria-describedby="prop-reason-hint"
            />
            <p className="hint" id="prop-reason-hint">
              {fieldError("priorityReason") ?? t("properties.priorityReasonHint")}
            </p>
          </div>
        ) : null}
        {select(
          "prop-group",
          t("properties.group"),
          draft.groupId,
          (v) => set("groupId", v),
          [["", t("properties.noGroup")], ...groups.map(option)],
          fieldError("groupId"),
        )}
        {select(
          "prop-assignee",
          t("properties.assignee"),
          draft.assigneeId,
          (v) => set("assigneeId", v),
          [
            ["", t("properties.nobody")],
            ...assignable.map((p): [string, string] => [
              p.id,
              p.id === me.id ? t("properties.meNamed", { name: p.name }) : p.name,
            ]),
          ],
          fieldError("assigneeId"),
        )}
        {select(
          "prop-category",
          t("properties.category"),
          draft.categoryId,
          (v) => set("categoryId", v),
          [["", t("properties.noCategory")], ...categories.map(option)],
          fieldError("categoryId"),
        )}
        <div className="field">
          <label htmlFor="prop-tags">{t("properties.tags")}</label>
          <input
            id="prop-tags"
            value={draft.tags}
            onChange={(e) => set("tags", e.target.value)}
            disabled={readOnly}
            aria-describedby="prop-tags-hint"
          />
          <p className="hint" id="prop-tags-hint">
            {t("properties.tagsHint")}
          </p>
        </div>
        {update.error instanceof StaleTicketError ? (
          <div className="problem" role="alert">
            <p>{t("properties.stale")}</p>
          </div>
        ) : (
          <Problem error={update.error} />
        )}
        {!readOnly ? (
          <div className="row">
            <button
              type="submit"
              className="primary"
              disabled={!dirty || update.isPending || (needsReason && !draft.priorityReason.trim())}
            >
              {t("properties.save")}
            </button>
            {dirty ? (
              <button type="button" onClick={() => setEdits({})}>
                {t("properties.undo")}
              </button>
            ) : null}
            <span role="status" className="hint">
              {saved}
            </span>
          </div>
        ) : null}
      </form>
    </section>
  );
}
