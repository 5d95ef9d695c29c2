import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useAuditPage } from "../../api/audit.ts";
import { formatDateTime } from "../../app/i18n.ts";
import { usePeopleNames, useStaff } from "../../api/people.ts";
import { QueryState, TableScroll } from "../feedback.tsx";
import { adminPath } from "../sections.ts";
import type { AuditEntry } from "../types.ts";
import { AuditChanges, personIdsIn } from "./AuditChanges.tsx";
import { AUDIT_ENTITIES } from "../vocab.ts";

const PAGE_SIZE = 50;

/** Where an audited thing is edited, when it has a screen of its own. */
function entityLink(entry: AuditEntry): string | null {
  switch (entry.entity) {
    case "person":
      return adminPath("people", entry.entityId);
    case "group":
      return adminPath("groups", entry.entityId);
    case "organization":
      return adminPath("organizations", entry.entityId);
    case "category":
      return adminPath("categories", entry.entityId);
    case "routing_rule":
      return entry.action.endsWith(".deleted") ? null : adminPath("routing-rules", entry.entityId);
    case "api_token":
      return adminPath("tokens");
    case "satisfaction_rating":
      return `/console/tickets/${entry.entityId}`;
    case "channel":
      return adminPath("channels");
    case "canned_response":
      return entry.action.endsWith(".deleted") ? null : adminPath("canned-responses", entry.entityId);
    case "sla_calendar":
      return entry.action.endsWith(".deleted") ? null : adminPath("calendars", entry.entityId);
    case "sla_policy":
      return entry.action.endsWith(".deleted") ? null : adminPath("policies", entry.entityId);
    case "sla_group_target":
      return adminPath("groups", entry.entityId);
    case "bouncing_address":
    case "mailbox":
      return adminPath("mail");
    case "setting":
      return entry.entityId === "priority_matrix"
        ? adminPath("priority-matrix")
        : entry.entityId === "public_status"
          ? adminPath("channels")
          : null;
    default:
      return null;
  }
}

/** /admin/audit: who changed what in the directory and settings, newest first; filter and page through. */
export function AuditPage() {
  const { t, i18n } = useTranslation(["admin", "common"]);
  const staff = useStaff();
  const [filters, setFilters] = useState({ entity: "", entityId: "", actorId: "" });
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors.at(-1);
  const query = useAuditPage(filters, cursor, PAGE_SIZE);
  const items = query.data?.items ?? [];
  const names = usePeopleNames(personIdsIn(items));
  const setFilter = (patch: Partial<typeof filters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setCursors([]);
  };
  return (
    <div className="page">
      <h1>{t("sections.audit.title")}</h1>
      <p className="muted">{t("audit.intro")}</p>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="audit-entity">{t("audit.entity")}</label>
          <select id="audit-entity" value={filters.entity} onChange={(e) => setFilter({ entity: e.target.value })}>
            <option value="">{t("form.any")}</option>
            {AUDIT_ENTITIES.map((e) => (
              <option key={e} value={e}>
                {t(`audit.entityName.${e}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-actor">{t("audit.who")}</label>
          <select id="audit-actor" value={filters.actorId} onChange={(e) => setFilter({ actorId: e.target.value })}>
            <option value="">{t("form.any")}</option>
            {(staff.data ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-entity-id">{t("audit.entityId")}</label>
          <input
            id="audit-entity-id"
            value={filters.entityId}
            onChange={(e) => setFilter({ entityId: e.target.value.trim() })}
          />
        </div>
      </form>
      <QueryState query={query} />
      {query.data ? (
        <>
          {query.data.items.length === 0 ? <p className="empty">{t("audit.none")}</p> : null}
          <TableScroll label={t("sections.audit.title")}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("audit.when")}</th>
                  <th scope="col">{t("audit.who")}</th>
                  <th scope="col">{t("audit.what")}</th>
                  <th scope="col">{t("audit.changes")}</th>
                </tr>
              </thead>
              <tbody>
                {query.data.items.map((entry) => {
                  const link = entityLink(entry);
                  const label = t(`audit.entityName.${entry.entity}`, { defaultValue: entry.entity });
                  return (
                    <tr key={entry.id}>
                      <td>{formatDateTime(entry.at, i18n.language)}</td>
                      <td>
                        {entry.actorId ? (
                          <Link to={adminPath("people", entry.actorId)}>{entry.actorName ?? entry.actorId}</Link>
                        ) : (
                          t("versions.system")
                        )}
                      </td>
                      <td>
                        <div>
                          {t(`audit.action.${entry.action.split(".").at(-1) ?? ""}`, { defaultValue: entry.action })}
                        </div>
                        <div className="muted-small">
                          {label}:{" "}
                          {link ? (
                            <Link to={link}>
                              <bdi>{entry.entityLabel ?? entry.entityId}</bdi>
                            </Link>
                          ) : (
                            <bdi>{entry.entityLabel ?? entry.entityId}</bdi>
                          )}
                        </div>
                      </td>
                      <td>
                        <AuditChanges changes={entry.changes} people={names} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
          <nav className="pager" aria-label={t("form.pages")}>
            <button type="button" disabled={cursors.length === 0} onClick={() => setCursors(cursors.slice(0, -1))}>
              {t("form.previous")}
            </button>
            <span>{t("form.pageN", { n: cursors.length + 1 })}</span>
            <button
              type="button"
              disabled={!query.data.nextCursor}
              onClick={() => query.data.nextCursor && setCursors([...cursors, query.data.nextCursor])}
            >
              {t("form.next")}
            </button>
          </nav>
        </>
      ) : null}
    </div>
  );
}
