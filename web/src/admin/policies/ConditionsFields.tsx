import { useTranslation } from "react-i18next";
import { useCategories, useOrganizations } from "../../api/reference.ts";
import { Checklist } from "../feedback.tsx";
import type { PolicyConditions } from "../types.ts";
import { CHANNELS, TICKET_TYPES } from "../vocab.ts";

type Props = {
  value: PolicyConditions;
  onChange(next: PolicyConditions): void;
  errorAt(field: string, nested?: boolean): string | undefined;
};

/** Which tickets a policy is for: organizations, types, categories, channels (nothing ticked: any). */
export function ConditionsFields({ value, onChange, errorAt }: Props) {
  const { t } = useTranslation(["admin", "common"]);
  const organizations = useOrganizations();
  const categories = useCategories();
  return (
    <fieldset className="stack">
      <legend>{t("policies.conditions")}</legend>
      <p className="hint">{t("policies.conditionsHint")}</p>
      <Checklist
        legend={t("policies.organizations")}
        options={(organizations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
        value={value.organizationIds ?? []}
        onChange={(organizationIds) => onChange({ ...value, organizationIds })}
        error={errorAt("conditions.organizationIds", true)}
      />
      <Checklist
        legend={t("policies.types")}
        options={TICKET_TYPES.map((v) => ({ value: v, label: t(`common:type.${v}`) }))}
        value={value.types ?? []}
        onChange={(types) => onChange({ ...value, types })}
        error={errorAt("conditions.types", true)}
      />
      <Checklist
        className="columns"
        legend={t("policies.categories")}
        options={(categories.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
        value={value.categoryIds ?? []}
        onChange={(categoryIds) => onChange({ ...value, categoryIds })}
        error={errorAt("conditions.categoryIds", true)}
      />
      <Checklist
        className="columns"
        legend={t("policies.channels")}
        options={CHANNELS.map((v) => ({ value: v, label: t(`common:channel.${v}`) }))}
        value={value.channels ?? []}
        onChange={(channels) => onChange({ ...value, channels })}
        error={errorAt("conditions.channels", true)}
      />
    </fieldset>
  );
}
