import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../app/i18n.ts";
import { byId } from "../data.ts";
import { useGroups } from "../../api/groups.ts";
import { usePeopleNames } from "../../api/people.ts";
import { useCategories, useOrganizations } from "../../api/reference.ts";
import type { AuditEntry } from "../types.ts";

const PERSON_FIELDS = new Set(["personId", "leadId", "managerId", "memberIds", "managerIds", "createdBy"]);
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

type Change = { from?: unknown; to?: unknown };
const isChange = (c: unknown): c is Change => typeof c === "object" && c !== null && "to" in c;

/** Every person id an entry's changes mention, so their names can be fetched once for the page. */
export function personIdsIn(entries: readonly AuditEntry[]): string[] {
  const ids: string[] = [];
  for (const e of entries) {
    for (const [field, c] of Object.entries(e.changes)) {
      if (!PERSON_FIELDS.has(field) || !isChange(c)) continue;
      for (const v of [c.from, c.to].flat()) if (typeof v === "string") ids.push(v);
    }
  }
  return ids;
}

/** {field: {from, to}} in words: ids become names, instants become dates, secrets stay hidden. */
export function AuditChanges({ changes, people }: { changes: Record<string, unknown>; people: Map<string, string> }) {
  const { t, i18n } = useTranslation(["admin", "common"]);
  const groups = byId(useGroups().data);
  const organizations = byId(useOrganizations().data);
  const categories = byId(useCategories().data);
  const entries = Object.entries(changes);
  if (entries.length === 0) return <span className="muted">—</span>;
  const one = (field: string, v: unknown): string => {
    if (v === null || v === undefined || v === "") return "—";
    if (typeof v === "string") {
      if (PERSON_FIELDS.has(field)) return people.get(v) ?? v;
      if (field === "groupId" || field === "defaultGroupId") return groups.get(v)?.name ?? v;
      if (field === "organizationId") return organizations.get(v)?.name ?? v;
      if (field === "categoryId") return categories.get(v)?.name ?? v;
      if (ISO.test(v)) return formatDateTime(v, i18n.language);
      return v;
    }
    if (Array.isArray(v)) return v.length === 0 ? "—" : v.map((x) => one(field, x)).join(", ");
    return JSON.stringify(v);
  };
  return (
    <ul className="changes">
      {entries.map(([field, change]) => (
        <li key={field}>
          <strong>
            <bdi>{field}</bdi>
          </strong>
          :{" "}
          {isChange(change) ? (
            <>
              <bdi>{one(field, change.from)}</bdi> <span aria-hidden="true">{t("audit.arrow")}</span>
              <span className="visually-hidden">{t("audit.becomes")}</span> <bdi>{one(field, change.to)}</bdi>
            </>
          ) : (
            t("audit.changedSecret")
          )}
        </li>
      ))}
    </ul>
  );
}
