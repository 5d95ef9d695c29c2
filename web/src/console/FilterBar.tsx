import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useGroups } from "../api/groups.ts";
import { useActiveStaff } from "../api/people.ts";
import { ACTIVE_STATUSES, PRIORITIES, STATUSES, type Priority, type Status } from "./types.ts";

/** A select option for a value the view uses but the list of choices lacks (e.g. "high,critical"). */
function extra(value: string | undefined, known: string[], label: string) {
  if (!value || known.includes(value)) return null;
  return <option value={value}>{label}</option>;
}

/**
 * Status, priority, assignee, group, sort and text search. Each edits its parameter in the address; "Any" removes
 * it, so the view's own filter applies again.
 */
export function FilterBar({ effective }: { effective: Record<string, string> }) {
  const { t } = useTranslation(["console", "common"]);
  const [params, setParams] = useSearchParams();
  const staff = useActiveStaff().data ?? [];
  const groups = useGroups().data ?? [];
  const [text, setText] = useState(params.get("q") ?? "");

  const set = (key: string, value: string, also: Record<string, string> = {}) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [k, v] of Object.entries({ [key]: value, ...also })) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        return next;
      },
      { replace: true },
    );
  };

  // Typing searches after a short pause, without a history entry per key.
  const urlQ = params.get("q") ?? "";
  useEffect(() => {
    if (text === urlQ) return;
    const timer = setTimeout(() => set("q", text.trim()), 350);
    return () => clearTimeout(timer);
  }, [text]);

  // Values come from the URL: an unknown one reads as its key, as before.
  const words = (csv: string, prefix: "status" | "priority") =>
    csv
      .split(",")
      .map((v) => (prefix === "status" ? t(`common:status.${v as Status}`) : t(`common:priority.${v as Priority}`)))
      .join(", ");

  const status = effective.status ?? "";
  const priority = effective.priority ?? "";
  const assignee = effective.assignee ?? "";
  const sort = effective.sort ?? "created";

  return (
    <form className="filter-bar" role="search" aria-label={t("filters.label")} onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor="filter-q">{t("filters.search")}</label>
        <input
          id="filter-q"
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t("filters.searchPlaceholder")}
        />
      </div>
      <div className="field">
        <label htmlFor="filter-status">{t("filters.status")}</label>
        <select id="filter-status" value={status} onChange={(e) => set("status", e.target.value)}>
          <option value="">{t("filters.any")}</option>
          <option value={ACTIVE_STATUSES}>{t("filters.active")}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`common:status.${s}`)}
            </option>
          ))}
          {extra(status, [ACTIVE_STATUSES, ...STATUSES], words(status, "status"))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-priority">{t("filters.priority")}</label>
        <select id="filter-priority" value={priority} onChange={(e) => set("priority", e.target.value)}>
          <option value="">{t("filters.any")}</option>
          {PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {t(`common:priority.${p}`)}
            </option>
          ))}
          {extra(priority, [...PRIORITIES], words(priority, "priority"))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-assignee">{t("filters.assignee")}</label>
        <select id="filter-assignee" value={assignee} onChange={(e) => set("assignee", e.target.value)}>
          <option value="">{t("filters.any")}</option>
          <option value="me">{t("filters.me")}</option>
          <option value="none">{t("filters.unassigned")}</option>
          {staff.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
          {extra(assignee, ["me", "none", ...staff.map((p) => p.id)], assignee)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-group">{t("filters.group")}</label>
        <select id="filter-group" value={effective.groupId ?? ""} onChange={(e) => set("groupId", e.target.value)}>
          <option value="">{t("filters.any")}</option>
          <option value="mine">{t("filters.myGroups")}</option>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
          {extra(effective.groupId, ["mine", ...groups.map((g) => g.id)], effective.groupId ?? "")}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-sort">{t("filters.sort")}</label>
        <select
          id="filter-sort"
          value={sort}
          onChange={(e) => set("sort", e.target.value, { order: e.target.value === "due" ? "asc" : "desc" })}
        >
          {(["created", "updated", "priority", "due", "number"] as const).map((s) => (
            <option key={s} value={s}>
              {t(`filters.sortBy.${s}`)}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
