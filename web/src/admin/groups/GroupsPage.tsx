import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { byId } from "../data.ts";
import { useGroups } from "../../api/groups.ts";
import { useStaff } from "../../api/people.ts";
import { QueryState, TableScroll } from "../feedback.tsx";
import { adminPath } from "../sections.ts";
import type { Group } from "../types.ts";

/** /admin/groups: support groups by tier (tier 1 is the service desk; higher tiers take escalations). */
export function GroupsPage() {
  const { t } = useTranslation(["admin", "common"]);
  const query = useGroups();
  const staff = byId(useStaff().data);
  const tiers = new Map<number, Group[]>();
  for (const g of query.data ?? []) tiers.set(g.tier, [...(tiers.get(g.tier) ?? []), g]);
  return (
    <div className="page">
      <div className="page-head">
        <h1>{t("sections.groups.title")}</h1>
        <Link to={adminPath("groups", "new")}>{t("groups.new")}</Link>
      </div>
      <p className="muted">{t("groups.intro")}</p>
      <QueryState query={query} />
      {[...tiers.entries()]
        .sort(([a], [b]) => a - b)
        .map(([tier, groups]) => (
          <section key={tier} aria-labelledby={`tier-${tier}`}>
            <h2 id={`tier-${tier}`}>{t("groups.tierN", { n: tier })}</h2>
            <TableScroll label={t("groups.tierN", { n: tier })}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t("groups.name")}</th>
                    <th scope="col">{t("groups.lead")}</th>
                    <th scope="col">{t("groups.assignment")}</th>
                    <th scope="col" className="num">
                      {t("groups.memberCount")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {groups.map((g) => (
                    <tr key={g.id}>
                      <td>
                        <Link to={adminPath("groups", g.id)}>{g.name}</Link>
                      </td>
                      <td>{g.leadId ? (staff.get(g.leadId)?.name ?? "…") : t("form.none")}</td>
                      <td>{t(`groups.mode.${g.assignment}`)}</td>
                      <td className="num">{g.memberIds.length}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </section>
        ))}
      {query.data?.length === 0 ? <p className="empty">{t("form.empty")}</p> : null}
    </div>
  );
}
