import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { usePeoplePage } from "../../api/people.ts";
import { byId } from "../data.ts";
import { useOrganizations } from "../../api/reference.ts";
import { QueryState, TableScroll } from "../feedback.tsx";
import { adminPath } from "../sections.ts";
import { ROLES } from "../vocab.ts";

const PAGE_SIZE = 25;

/** /admin/people: search by name or email, filter by role, organization and state; paged. */
export function PeoplePage() {
  const { t } = useTranslation(["admin", "common"]);
  const [params, setParams] = useSearchParams();
  const organizations = useOrganizations();
  const orgs = byId(organizations.data);
  const filters = {
    q: params.get("q") ?? "",
    role: params.get("role") ?? "",
    organizationId: params.get("organizationId") ?? "",
    active: params.get("active") ?? "",
  };
  const [typed, setTyped] = useState(filters.q);
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors.at(-1);
  const setFilter = (name: keyof typeof filters, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
    setCursors([]);
  };
  // Search as the admin types, a moment after they stop.
  useEffect(() => {
    if (typed === filters.q) return;
    const timer = window.setTimeout(() => setFilter("q", typed.trim()), 300);
    return () => window.clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- setFilter reads the latest params itself
  }, [typed, params]);
  const query = usePeoplePage(filters, cursor, PAGE_SIZE);
  return (
    <div className="page">
      <div className="page-head">
        <h1>{t("sections.people.title")}</h1>
        <Link to={adminPath("people", "new")}>{t("people.new")}</Link>
      </div>
      <form
        className="filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setFilter("q", typed.trim());
        }}
      >
        <div className="field">
          <label htmlFor="people-q">{t("people.search")}</label>
          <input id="people-q" type="search" value={typed} onChange={(e) => setTyped(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="people-role">{t("people.roleLabel")}</label>
          <select id="people-role" value={filters.role} onChange={(e) => setFilter("role", e.target.value)}>
            <option value="">{t("form.any")}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`people.role.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="people-org">{t("people.organization")}</label>
          <select
            id="people-org"
            value={filters.organizationId}
            onChange={(e) => setFilter("organizationId", e.target.value)}
          >
            <option value="">{t("form.any")}</option>
            {(organizations.data ?? []).map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="people-active">{t("people.state")}</label>
          <select id="people-active" value={filters.active} onChange={(e) => setFilter("active", e.target.value)}>
            <option value="">{t("form.any")}</option>
            <option value="true">{t("form.active")}</option>
            <option value="false">{t("form.inactive")}</option>
          </select>
        </div>
      </form>
      <QueryState query={query} />
      {query.data ? (
        <>
          <p className="visually-hidden" aria-live="polite">
            {t("people.shown", { count: query.data.items.length })}
          </p>
          <TableScroll label={t("sections.people.title")}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("people.name")}</th>
                  <th scope="col">{t("people.email")}</th>
                  <th scope="col">{t("people.roleLabel")}</th>
                  <th scope="col">{t("people.organization")}</th>
                  <th scope="col">{t("people.state")}</th>
                </tr>
              </thead>
              <tbody>
                {query.data.items.map((p) => (
                  <tr key={p.id}>
                    <td>
                      <Link to={adminPath("people", p.id)}>{p.name}</Link>
                    </td>
                    <td>{p.email}</td>
                    <td>
                      {t(`people.role.${p.role}`)}
                      {p.orgManager ? <div className="muted-small">{t("people.orgManager")}</div> : null}
                    </td>
                    <td>{orgs.get(p.organizationId)?.name ?? "…"}</td>
                    <td>
                      <span className={`badge ${p.active ? "met" : "stopped"}`}>
                        {p.active ? t("form.active") : t("form.inactive")}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {query.data.items.length === 0 ? <p className="empty">{t("people.noneFound")}</p> : null}
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
