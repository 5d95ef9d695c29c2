import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useGroups } from "../api/groups.ts";
import { useStaff } from "../api/people.ts";
import { useCategories, useOrganizations } from "../api/reference.ts";
import type { ReportQuery } from "../api/reports.ts";
import { FILTER_KEYS, PERIOD_KINDS, type FilterKey, type PeriodChoice, type PeriodKind } from "./period.ts";

const PRIORITIES = ["critical", "high", "medium", "low"] as const;
const CHANNELS = ["phone", "email", "chat", "whatsapp", "portal", "onsite", "remote", "api"] as const;

type Filters = Partial<Record<FilterKey, string>>;

/** The period picker (day, week, month, custom range) and the filters; "Show" puts them in the address. */
export function PeriodForm({
  choice,
  query,
  onShow,
}: {
  choice: PeriodChoice;
  query: ReportQuery;
  onShow: (choice: PeriodChoice, filters: Filters) => void;
}) {
  const { t } = useTranslation(["reports", "common"]);
  const [draft, setDraft] = useState(choice);
  const [filters, setFilters] = useState<Filters>(
    Object.fromEntries(FILTER_KEYS.map((k) => [k, (query as Filters)[k] ?? ""])),
  );
  const organizations = useOrganizations().data ?? [];
  const groups = useGroups().data ?? [];
  const staff = useStaff().data ?? [];
  const categories = useCategories().data ?? [];
  const options: Record<FilterKey, Array<{ value: string; label: string }>> = {
    organizationId: organizations.map((o) => ({ value: o.id, label: o.name })),
    groupId: groups.map((g) => ({ value: g.id, label: g.name })),
    agentId: staff.map((p) => ({ value: p.id, label: p.name })),
    priority: PRIORITIES.map((p) => ({ value: p, label: t(`common:priority.${p}`) })),
    channel: CHANNELS.map((c) => ({ value: c, label: t(`common:channel.${c}`) })),
    categoryId: categories.map((c) => ({ value: c.id, label: c.name })),
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onShow(draft, filters);
  };
  const startLabel =
    draft.kind === "custom" ? t("period.start") : draft.kind === "week" ? t("period.week") : t(`period.${draft.kind}`);
  return (
    <form className="report-filters" onSubmit={submit}>
      <fieldset>
        <legend>{t("period.legend")}</legend>
        <div className="field">
          <label htmlFor="report-kind">{t("period.kind")}</label>
          <select
            id="report-kind"
            value={draft.kind}
            onChange={(e) => setDraft({ ...draft, kind: e.target.value as PeriodKind })}
          >
            {PERIOD_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`period.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="report-start">{startLabel}</label>
          {draft.kind === "month" ? (
            <input
              id="report-start"
              type="month"
              value={draft.start.slice(0, 7)}
              onChange={(e) => e.target.value && setDraft({ ...draft, start: `${e.target.value}-01` })}
            />
          ) : (
            <input
              id="report-start"
              type="date"
              required
              value={draft.start}
              onChange={(e) => setDraft({ ...draft, start: e.target.value })}
            />
          )}
        </div>
        {draft.kind === "custom" ? (
          <div className="field">
            <label htmlFor="report-end">{t("period.end")}</label>
            <input
              id="report-end"
              type="date"
              required
              min={draft.start}
              value={draft.end}
              onChange={(e) => setDraft({ ...draft, end: e.target.value })}
            />
          </div>
        ) : null}
      </fieldset>
      <fieldset>
        <legend>{t("filters.legend")}</legend>
        {FILTER_KEYS.map((key) => (
          <div className="field" key={key}>
            <label htmlFor={`report-${key}`}>{t(`filters.${key}`)}</label>
            <select
              id={`report-${key}`}
              value={filters[key] ?? ""}
              onChange={(e) => setFilters({ ...filters, [key]: e.target.value })}
            >
              <option value="">{t("filters.any")}</option>
              {options[key].map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="primary">
        {t("filters.apply")}
      </button>
    </form>
  );
}
