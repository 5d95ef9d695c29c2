import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { deletePolicy, revisePolicy } from "../../api/policies.ts";
import { TextField } from "../../ui/Field.tsx";
import { keys, usePolicy, useSave } from "../data.ts";
import {
  AdminProblem,
  browserTimeZone,
  ConfirmDialog,
  localInputToIso,
  QueryState,
  useFieldError,
} from "../feedback.tsx";
import { adminPath } from "../sections.ts";
import type { PolicyDetail, PolicyVersion } from "../types.ts";
import { DefinitionFields } from "./DefinitionFields.tsx";
import { definitionFromState, stateFromDefinition } from "./policy-model.ts";
import { PolicyPreview } from "./PolicyPreview.tsx";
import { PolicySettingsForm } from "./PolicySettingsForm.tsx";
import { PolicyVersions } from "./PolicyVersions.tsx";
import { WhatIfPanel } from "./WhatIfPanel.tsx";

/** Targets, pauses, warnings, escalations: saving adds version n+1, effective now or from a chosen instant (PUT). */
function ReviseForm({ policy, base, onSaved }: { policy: PolicyDetail; base: PolicyVersion; onSaved(): void }) {
  const { t } = useTranslation(["admin", "common"]);
  const [state, setState] = useState(() => stateFromDefinition(base.definition));
  const [effectiveFrom, setEffectiveFrom] = useState("");
  const next = Math.max(0, ...policy.versions.map((v) => v.version)) + 1;
  const revise = useSave(
    () => {
      const at = localInputToIso(effectiveFrom);
      return revisePolicy(policy.id, { definition: definitionFromState(state), ...(at ? { effectiveFrom: at } : {}) });
    },
    { invalidate: [keys.policies], message: t("policies.versionSaved", { n: next }), onSuccess: onSaved },
  );
  const errorAt = useFieldError(revise.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    revise.mutate(undefined);
  };
  return (
    <>
      <form className="stack" onSubmit={submit} noValidate>
        <p className="hint">{t("policies.reviseHint", { base: base.version, next })}</p>
        <DefinitionFields state={state} onChange={setState} errorAt={errorAt} />
        <TextField
          type="datetime-local"
          label={t("policies.effectiveFrom")}
          hint={t("policies.effectiveFromHint", { zone: browserTimeZone() })}
          value={effectiveFrom}
          onChange={(e) => setEffectiveFrom(e.target.value)}
          error={errorAt("effectiveFrom")}
        />
        <AdminProblem error={revise.error} />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={revise.isPending}>
            {revise.isPending ? t("form.saving") : t("policies.saveVersion", { n: next })}
          </button>
        </div>
      </form>
      {/* Outside the form: Enter in its dates must replay, never save a version. */}
      <WhatIfPanel policyId={policy.id} draft={() => definitionFromState(state)} />
    </>
  );
}

function PolicyScreen({ policy }: { policy: PolicyDetail }) {
  const { t } = useTranslation(["admin", "common"]);
  const navigate = useNavigate();
  const [baseId, setBaseId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const remove = useSave(() => deletePolicy(policy.id), {
    invalidate: [keys.policies],
    message: t("policies.deleted"),
    onSuccess: () => navigate(adminPath("policies")),
    leaveFirst: true,
    forget: [keys.policy(policy.id)],
  });
  const newest = policy.versions.reduce<PolicyVersion | undefined>(
    (a, v) => (!a || v.version > a.version ? v : a),
    undefined,
  );
  const base = policy.versions.find((v) => v.id === baseId) ?? policy.current ?? newest;
  const loadVersion = (id: string) => {
    setBaseId(id);
    document.getElementById("policy-revise")?.scrollIntoView({ block: "start" });
    document.getElementById("policy-revise")?.focus();
  };
  return (
    <>
      <p className="row">
        {policy.isDefault ? <span className="badge normal">{t("policies.default")}</span> : null}
        <span className={`badge ${policy.active ? "met" : "stopped"}`}>
          {policy.active ? t("form.active") : t("form.inactive")}
        </span>
        {policy.current ? (
          <span>{t("policies.versionInForce", { n: policy.current.version })}</span>
        ) : (
          <span>{t("policies.noVersionInForce")}</span>
        )}
      </p>
      <section className="section" aria-labelledby="policy-preview">
        <h2 id="policy-preview">{t("policies.preview")}</h2>
        <PolicyPreview policy={policy} />
      </section>
      <section className="section" aria-labelledby="policy-settings">
        <h2 id="policy-settings">{t("policies.settings")}</h2>
        <PolicySettingsForm key={`${policy.name}:${policy.position}:${policy.active}`} policy={policy} />
      </section>
      <section className="section" aria-labelledby="policy-revise">
        <h2 id="policy-revise" tabIndex={-1}>
          {t("policies.reviseHeading")}
        </h2>
        {base ? (
          <ReviseForm
            key={`${base.id}:${policy.versions.length}`}
            policy={policy}
            base={base}
            onSaved={() => setBaseId(null)}
          />
        ) : null}
      </section>
      <section className="section" aria-labelledby="policy-versions">
        <h2 id="policy-versions">{t("policies.versions")}</h2>
        <PolicyVersions policy={policy} onLoad={loadVersion} />
      </section>
      {policy.isDefault ? null : (
        <section className="section" aria-labelledby="policy-delete">
          <h2 id="policy-delete">{t("policies.deleteHeading")}</h2>
          <p className="hint">{t("policies.deleteHint")}</p>
          <button
            type="button"
            className="danger"
            onClick={() => {
              remove.reset();
              setConfirming(true);
            }}
          >
            {t("policies.delete")}
          </button>
          <ConfirmDialog
            open={confirming}
            title={t("policies.deleteTitle", { name: policy.name })}
            confirmLabel={t("policies.delete")}
            busy={remove.isPending}
            error={remove.error}
            onConfirm={() => remove.mutate(undefined)}
            onClose={() => setConfirming(false)}
          >
            <p>{t("policies.deleteConfirm")}</p>
          </ConfirmDialog>
        </section>
      )}
    </>
  );
}

/** /admin/policies/:id */
export function PolicyPage() {
  const { t } = useTranslation(["admin", "common"]);
  const { id = "" } = useParams();
  const query = usePolicy(id);
  return (
    <div className="page stack">
      <p className="breadcrumb">
        <Link to={adminPath("policies")}>{t("sections.policies.title")}</Link>
      </p>
      <h1>{query.data?.name ?? t("policies.title")}</h1>
      {query.data ? <PolicyScreen policy={query.data} /> : <QueryState query={query} />}
    </div>
  );
}
