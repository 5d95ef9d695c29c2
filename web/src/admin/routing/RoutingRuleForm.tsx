import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { createRoutingRule, updateRoutingRule } from "../../api/routing-rules.ts";
import { SelectField, TextField } from "../../ui/Field.tsx";
import { keys, useSave } from "../data.ts";
import { useGroups } from "../../api/groups.ts";
import { useCategories, useOrganizations } from "../../api/reference.ts";
import { AdminProblem, CheckboxField, useFieldError } from "../feedback.tsx";
import { adminPath } from "../sections.ts";
import type { RoutingRule } from "../types.ts";
import { CHANNELS, type Channel } from "../vocab.ts";

/** A routing rule: when category, organization and channel match (empty: any), the ticket goes to the group. */
export function RoutingRuleForm({ rule, nextPosition }: { rule: RoutingRule | null; nextPosition: number }) {
  const { t } = useTranslation(["admin", "common"]);
  const navigate = useNavigate();
  const categories = useCategories();
  const organizations = useOrganizations();
  const groups = useGroups();
  const [f, setF] = useState({
    name: rule?.name ?? "",
    categoryId: rule?.categoryId ?? "",
    organizationId: rule?.organizationId ?? "",
    channel: (rule?.channel ?? "") as Channel | "",
    groupId: rule?.groupId ?? "",
    active: rule?.active ?? true,
  });
  const set = (patch: Partial<typeof f>) => setF((x) => ({ ...x, ...patch }));
  const groupId = f.groupId || groups.data?.[0]?.id || "";
  const save = useSave(
    () => {
      const body = {
        name: f.name,
        categoryId: f.categoryId || null,
        organizationId: f.organizationId || null,
        channel: f.channel || null,
        groupId,
        active: f.active,
      };
      return rule ? updateRoutingRule(rule.id, body) : createRoutingRule({ ...body, position: nextPosition });
    },
    {
      invalidate: [keys.routingRules],
      message: rule ? t("routing.saved") : t("routing.created"),
      onSuccess: () => navigate(adminPath("routing-rules")),
    },
  );
  const errorAt = useFieldError(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(undefined);
  };
  return (
    <form className="section stack" onSubmit={submit} noValidate aria-labelledby="rule-form">
      <h2 id="rule-form">{rule ? t("routing.editTitle", { name: rule.name }) : t("routing.newTitle")}</h2>
      <TextField
        label={t("routing.name")}
        hint={t("routing.nameHint")}
        value={f.name}
        required
        maxLength={200}
        onChange={(e) => set({ name: e.target.value })}
        error={errorAt("name")}
      />
      <fieldset>
        <legend>{t("routing.when")}</legend>
        <div className="form-grid">
          <SelectField
            label={t("routing.category")}
            value={f.categoryId}
            onChange={(e) => set({ categoryId: e.target.value })}
            error={errorAt("categoryId")}
          >
            <option value="">{t("routing.anyCategory")}</option>
            {(categories.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t("routing.organization")}
            value={f.organizationId}
            onChange={(e) => set({ organizationId: e.target.value })}
            error={errorAt("organizationId")}
          >
            <option value="">{t("routing.anyOrganization")}</option>
            {(organizations.data ?? []).map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t("routing.channel")}
            value={f.channel}
            onChange={(e) => set({ channel: e.target.value as Channel | "" })}
            error={errorAt("channel")}
          >
            <option value="">{t("routing.anyChannel")}</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`common:channel.${c}`)}
              </option>
            ))}
          </SelectField>
        </div>
      </fieldset>
      <SelectField
        label={t("routing.group")}
        value={groupId}
        onChange={(e) => set({ groupId: e.target.value })}
        error={errorAt("groupId")}
      >
        {(groups.data ?? []).map((g) => (
          <option key={g.id} value={g.id}>{`${g.name} (${t("groups.tierN", { n: g.tier })})`}</option>
        ))}
      </SelectField>
      <CheckboxField
        label={t("routing.activeLabel")}
        hint={t("routing.activeHint")}
        checked={f.active}
        onChange={(active) => set({ active })}
      />
      <AdminProblem error={save.error} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? t("form.saving") : rule ? t("form.save") : t("routing.create")}
        </button>
        <Link to={adminPath("routing-rules")}>{t("form.cancel")}</Link>
      </div>
    </form>
  );
}
