import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatMinutes } from "../../ui/format.ts";
import { byId, usePolicies } from "../data.ts";
import { useCategories, useOrganizations } from "../../api/reference.ts";
import { QueryState, TableScroll } from "../feedback.tsx";
import { adminPath } from "../sections.ts";
import type { Policy } from "../types.ts";

/** /admin/policies: SLA policies in the order they are tried; the default catches the rest. */
export function PoliciesPage() {
  const { t } = useTranslation(["admin", "common"]);
  const query = usePolicies();
  const organizations = byId(useOrganizations().data);
  const categories = byId(useCategories().data);
  const units = { d: t("common:units.d"), h: t("common:units.h"), min: t("common:units.min") };
  const conditions = (p: Policy) => {
    if (p.isDefault) return t("policies.fallback");
    const c = p.conditions;
    const parts = [
      ...(c.organizationIds ?? []).map((id) => organizations.get(id)?.name ?? id),
      ...(c.types ?? []).map((v) => t(`common:type.${v}`)),
      ...(c.categoryIds ?? []).map((id) => categories.get(id)?.name ?? id),
      ...(c.channels ?? []).map((v) => t(`common:channel.${v}`)),
    ];
    return parts.length ? parts.join(", ") : t("policies.everyTicket");
  };
  const sorted = (query.data ?? [])
    .slice()
    .sort((a, b) => Number(a.isDefault) - Number(b.isDefault) || a.position - b.position);
  return (
    <div className="page">
      <div className="page-head">
        <h1>{t("sections.policies.title")}</h1>
        <Link to={adminPath("policies", "new")}>{t("policies.new")}</Link>
      </div>
      <p className="muted">{t("policies.listHint")}</p>
      <QueryState query={query} />
      {query.data ? (
        <TableScroll label={t("sections.policies.title")}>
          <table>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t("policies.position")}
                </th>
                <th scope="col">{t("policies.name")}</th>
                <th scope="col">{t("policies.appliesTo")}</th>
                <th scope="col">{t("policies.criticalTargets")}</th>
                <th scope="col">{t("versions.state")}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((p) => {
                const critical = p.current?.definition.targets.critical;
                return (
                  <tr key={p.id}>
                    <td className="num">{p.isDefault ? "—" : p.position}</td>
                    <td>
                      <Link to={adminPath("policies", p.id)}>{p.name}</Link>{" "}
                      {p.isDefault ? <span className="badge normal">{t("policies.default")}</span> : null}
                    </td>
                    <td>{conditions(p)}</td>
                    <td>
                      {critical
                        ? t("policies.targetPair", {
                            respond: formatMinutes(critical.firstResponseMinutes, units),
                            resolve: formatMinutes(critical.resolutionMinutes, units),
                          })
                        : "—"}
                    </td>
                    <td>
                      <span className={`badge ${p.active ? "met" : "stopped"}`}>
                        {p.active ? t("form.active") : t("form.inactive")}
                      </span>{" "}
                      {p.current ? t("policies.versionN", { n: p.current.version }) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </div>
  );
}
