import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { bulkUpdate } from "../api/ticket-actions.ts";
import { Problem } from "../ui/Problem.tsx";
import { useGroups } from "../api/groups.ts";
import { PRIORITIES, STATUSES, type BulkChanges, type BulkResult } from "./types.ts";

/** A bulk result's problem in words, whatever shape the server gave it. */
export function problemText(problem: unknown): string {
  if (typeof problem === "string") return problem;
  if (problem && typeof problem === "object") {
    const p = problem as Record<string, unknown>;
    for (const key of ["detail", "title", "message", "code"]) if (typeof p[key] === "string") return p[key] as string;
  }
  return "";
}

/** What to do to every selected ticket at once: take, assign to a group, set status, set priority (with a reason). */
export function BulkBar({
  selected,
  onDone,
  onClear,
}: {
  selected: string[];
  onDone(results: BulkResult[]): void;
  onClear(): void;
}) {
  const { t } = useTranslation(["console", "common"]);
  const queryClient = useQueryClient();
  const groups = useGroups().data ?? [];
  const [groupId, setGroupId] = useState("");
  const [status, setStatus] = useState("");
  const [priority, setPriority] = useState("");
  const [reason, setReason] = useState("");

  const run = useMutation({
    mutationFn: (changes: BulkChanges) => bulkUpdate({ ticketIds: selected, changes }),
    onSuccess: ({ results: done }) => {
      onDone(done);
      void queryClient.invalidateQueries({ queryKey: ["tickets"] });
      void queryClient.invalidateQueries({ queryKey: ["view-counts"] });
    },
  });

  return (
    <section className="bulk-bar card" aria-labelledby="bulk-heading">
      <div className="spread">
        <h2 id="bulk-heading">{t("bulk.heading", { count: selected.length })}</h2>
        <button type="button" className="link" onClick={onClear}>
          {t("bulk.clear")}
        </button>
      </div>
      <div className="bulk-actions">
        <button type="button" onClick={() => run.mutate({ assigneeId: "me" })} disabled={run.isPending}>
          {t("bulk.take")}
        </button>
        <form className="bulk-form" onSubmit={(e) => (e.preventDefault(), groupId && run.mutate({ groupId }))}>
          <label htmlFor="bulk-group">{t("bulk.group")}</label>
          <select id="bulk-group" value={groupId} onChange={(e) => setGroupId(e.target.value)} required>
            <option value="">{t("bulk.chooseGroup")}</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
          <button type="submit" disabled={run.isPending || !groupId}>
            {t("bulk.assign")}
          </button>
        </form>
        <form
          className="bulk-form"
          onSubmit={(e) => (e.preventDefault(), status && run.mutate({ status: status as BulkChanges["status"] }))}
        >
          <label htmlFor="bulk-status">{t("bulk.status")}</label>
          <select id="bulk-status" value={status} onChange={(e) => setStatus(e.target.value)} required>
            <option value="">{t("bulk.chooseStatus")}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`common:status.${s}`)}
              </option>
            ))}
          </select>
          <button type="submit" disabled={run.isPending || !status}>
            {t("bulk.apply")}
          </button>
        </form>
        <form
          className="bulk-form"
          onSubmit={(e) => (
            e.preventDefault(),
            priority &&
              reason.trim() &&
              run.mutate({ priority: priority as BulkChanges["priority"], priorityReason: reason.trim() })
          )}
        >
          <label htmlFor="bulk-priority">{t("bulk.priority")}</label>
          <select id="bulk-priority" value={priority} onChange={(e) => setPriority(e.target.value)} required>
            <option value="">{t("bulk.choosePriority")}</option>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t(`common:priority.${p}`)}
              </option>
            ))}
          </select>
          <label htmlFor="bulk-reason">{t("bulk.reason")}</label>
          <input id="bulk-reason" value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={500} />
          <button type="submit" disabled={run.isPending || !priority || !reason.trim()}>
            {t("bulk.apply")}
          </button>
        </form>
      </div>
      <Problem error={run.error} />
    </section>
  );
}

/** What the last bulk action did: how many succeeded, and each failure with its ticket number and reason. */
export function BulkResults({ results, onDismiss }: { results: BulkResult[] | null; onDismiss(): void }) {
  const { t } = useTranslation(["console", "common"]);
  if (!results) return null;
  const failures = results.filter((r) => !r.ok);
  return (
    <div className={failures.length > 0 ? "bulk-results problem" : "bulk-results card"}>
      <div className="spread">
        <p>{t("bulk.result", { ok: results.length - failures.length, failed: failures.length })}</p>
        <button type="button" className="link" onClick={onDismiss}>
          {t("common:close")}
        </button>
      </div>
      {failures.length > 0 ? (
        <ul>
          {failures.map((f) => (
            <li key={f.ticketId}>
              <Link to={`/console/tickets/${f.number}`}>#{f.number}</Link>: {problemText(f.problem) || t("bulk.failed")}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
