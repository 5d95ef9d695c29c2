import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { createPolicy } from "../../api/policies.ts";
import { TextField } from "../../ui/Field.tsx";
import { keys, useCalendars, usePolicies, useSave } from "../data.ts";
import { AdminProblem, QueryState, useFieldError } from "../feedback.tsx";
import { adminPath } from "../sections.ts";
import type { PolicyConditions } from "../types.ts";
import { ConditionsFields } from "./ConditionsFields.tsx";
import { DefinitionFields } from "./DefinitionFields.tsx";
import {
  cleanConditions,
  definitionFromState,
  newDefinitionState,
  stateFromDefinition,
  type DefinitionState,
} from "./policy-model.ts";

function NewPolicyForm({ initial }: { initial: DefinitionState }) {
  const { t } = useTranslation(["admin", "common"]);
  const navigate = useNavigate();
  const [name, setName] = useState("");
  const [position, setPosition] = useState("100");
  const [conditions, setConditions] = useState<PolicyConditions>({});
  const [definition, setDefinition] = useState(initial);
  const create = useSave(
    () =>
      createPolicy({
        name,
        position: Number(position),
        conditions: cleanConditions(conditions),
        definition: definitionFromState(definition),
      }),
    {
      invalidate: [keys.policies],
      message: t("policies.created"),
      onSuccess: (p) => navigate(adminPath("policies", p.id)),
    },
  );
  const errorAt = useFieldError(create.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(undefined);
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <div className="form-grid">
        <TextField
          label={t("policies.name")}
          value={name}
          required
          maxLength={100}
          onChange={(e) => setName(e.target.value)}
          error={errorAt("name")}
        />
        <TextField
          label={t("policies.position")}
          hint={t("policies.positionHint")}
          inputMode="numeric"
          value={position}
          onChange={(e) => setPosition(e.target.value)}
          error={errorAt("position")}
        />
      </div>
      <ConditionsFields value={conditions} onChange={setConditions} errorAt={errorAt} />
      <h2>{t("policies.reviseHeading")}</h2>
      <p className="hint">{t("policies.newStartsFrom")}</p>
      <DefinitionFields state={definition} onChange={setDefinition} errorAt={errorAt} />
      <AdminProblem error={create.error} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={create.isPending}>
          {create.isPending ? t("form.saving") : t("policies.create")}
        </button>
      </div>
    </form>
  );
}

/** /admin/policies/new: a policy starts as a copy of the default policy's targets, in force at once. */
export function NewPolicyPage() {
  const { t } = useTranslation(["admin", "common"]);
  const policies = usePolicies();
  const calendars = useCalendars();
  const fallback = policies.data?.find((p) => p.isDefault)?.current?.definition;
  const ready = policies.data && calendars.data;
  return (
    <div className="page stack">
      <p className="breadcrumb">
        <Link to={adminPath("policies")}>{t("sections.policies.title")}</Link>
      </p>
      <h1>{t("policies.newTitle")}</h1>
      {ready ? (
        <NewPolicyForm
          initial={fallback ? stateFromDefinition(fallback) : newDefinitionState(calendars.data[0]?.id ?? "")}
        />
      ) : (
        <QueryState query={policies.error ? policies : calendars} />
      )}
    </div>
  );
}
