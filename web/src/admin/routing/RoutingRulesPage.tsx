import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { deleteRoutingRule, updateRoutingRule, useRoutingRules } from "../../api/routing-rules.ts";
import { byId, keys, useSave } from "../data.ts";
import { useGroups } from "../../api/groups.ts";
import { useCategories, useOrganizations } from "../../api/reference.ts";
import { AdminProblem, ConfirmDialog, QueryState, TableScroll } from "../feedback.tsx";
import { adminPath } from "../sections.ts";
import type { RoutingRule } from "../types.ts";
import { RoutingRuleForm } from "./RoutingRuleForm.tsx";

/** /admin/routing-rules (+ /new, /:id): rules tried top to bottom; the first that matches picks the group. */
export function RoutingRulesPage() {
  const { t } = useTranslation(["admin", "common"]);
  const { id } = useParams();
  const query = useRoutingRules();
  const categories = byId(useCategories().data);
  const organizations = byId(useOrganizations().data);
  const groups = byId(useGroups().data);
  const [deleting, setDeleting] = useState<RoutingRule | null>(null);
  const rules = (query.data ?? []).slice().sort((a, b) => a.position - b.position);
  const editing = id && id !== "new" ? rules.find((r) => r.id === id) : undefined;

  // Moving swaps places in the list, then renumbers 10, 20, 30 … and saves only the positions that changed.
  const move = useSave(
    async ({ rule, by }: { rule: RoutingRule; by: -1 | 1 }) => {
      const order = rules.slice();
      const from = order.findIndex((r) => r.id === rule.id);
      order.splice(from, 1);
      order.splice(from + by, 0, rule);
      for (const [i, r] of order.entries()) {
        const position = (i + 1) * 10;
        if (r.position !== position) await updateRoutingRule(r.id, { position });
      }
      return from + by + 1;
    },
    {
      invalidate: [keys.routingRules],
      message: (n, { rule }) => t("routing.moved", { name: rule.name, n }),
      onSuccess: (_, { rule, by }) => setRefocus({ id: rule.id, by }),
    },
  );
  // The clicked button was disabled while saving (which drops focus); once the list shows the new order, focus it again.
  const [refocus, setRefocus] = useState<{ id: string; by: -1 | 1 } | null>(null);
  useEffect(() => {
    if (!refocus || move.isPending) return;
    const same = document.getElementById(
      `move-${refocus.by < 0 ? "up" : "down"}-${refocus.id}`,
    ) as HTMLButtonElement | null;
    const other = document.getElementById(
      `move-${refocus.by < 0 ? "down" : "up"}-${refocus.id}`,
    ) as HTMLButtonElement | null;
    (same && !same.disabled ? same : other)?.focus();
    setRefocus(null);
  }, [refocus, query.data, move.isPending]);
  const remove = useSave((rule: RoutingRule) => deleteRoutingRule(rule.id), {
    invalidate: [keys.routingRules],
    message: t("routing.deleted"),
    onSuccess: () => setDeleting(null),
  });
  const any = (s: string) => <span className="muted">{s}</span>;
  return (
    <div className="page stack">
      <div className="page-head">
        <h1>{t("sections.routing-rules.title")}</h1>
        {id ? null : <Link to={adminPath("routing-rules", "new")}>{t("routing.new")}</Link>}
      </div>
      <p className="muted">{t("routing.intro")}</p>
      {id === "new" ? <RoutingRuleForm rule={null} nextPosition={(rules.at(-1)?.position ?? 0) + 10} /> : null}
      {editing ? <RoutingRuleForm key={editing.id} rule={editing} nextPosition={0} /> : null}
      <QueryState query={query} />
      <AdminProblem error={move.error} />
      {query.data ? (
        <TableScroll label={t("sections.routing-rules.title")}>
          <table>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t("routing.order")}
                </th>
                <th scope="col">{t("routing.name")}</th>
                <th scope="col">{t("routing.matches")}</th>
                <th scope="col">{t("routing.group")}</th>
                <th scope="col">{t("versions.state")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("form.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rules.map((r, i) => (
                <tr key={r.id}>
                  <td className="num">{i + 1}</td>
                  <td>{r.name}</td>
                  <td>
                    <div>
                      {r.categoryId ? (categories.get(r.categoryId)?.name ?? "…") : any(t("routing.anyCategory"))}
                    </div>
                    <div>
                      {r.organizationId
                        ? (organizations.get(r.organizationId)?.name ?? "…")
                        : any(t("routing.anyOrganization"))}
                    </div>
                    <div>{r.channel ? t(`common:channel.${r.channel}`) : any(t("routing.anyChannel"))}</div>
                  </td>
                  <td>{groups.get(r.groupId)?.name ?? "…"}</td>
                  <td>
                    <span className={`badge ${r.active ? "met" : "stopped"}`}>
                      {r.active ? t("form.active") : t("form.inactive")}
                    </span>
                  </td>
                  <td>
                    <div className="row">
                      <button
                        type="button"
                        id={`move-up-${r.id}`}
                        disabled={i === 0 || move.isPending}
                        onClick={() => move.mutate({ rule: r, by: -1 })}
                      >
                        <span aria-hidden="true">↑ </span>
                        {t("routing.up")}
                        <span className="visually-hidden"> {r.name}</span>
                      </button>
                      <button
                        type="button"
                        id={`move-down-${r.id}`}
                        disabled={i === rules.length - 1 || move.isPending}
                        onClick={() => move.mutate({ rule: r, by: 1 })}
                      >
                        <span aria-hidden="true">↓ </span>
                        {t("routing.down")}
                        <span className="visually-hidden"> {r.name}</span>
                      </button>
                      <Link to={adminPath("routing-rules", r.id)}>
                        {t("form.edit")}
                        <span className="visually-hidden"> {r.name}</span>
                      </Link>
                      <button
                        type="button"
                        className="danger"
                        onClick={() => {
                          remove.reset();
                          setDeleting(r);
                        }}
                      >
                        {t("routing.delete")}
                        <span className="visually-hidden"> {r.name}</span>
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      <ConfirmDialog
        open={deleting !== null}
        title={t("routing.deleteTitle", { name: deleting?.name ?? "" })}
        confirmLabel={t("routing.delete")}
        busy={remove.isPending}
        error={remove.error}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => setDeleting(null)}
      >
        <p>{t("routing.deleteConfirm")}</p>
      </ConfirmDialog>
    </div>
  );
}
