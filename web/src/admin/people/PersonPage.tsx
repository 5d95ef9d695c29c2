import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { SelectField, TextField } from "../../ui/Field.tsx";
import { timeZones } from "../calendars/calendar-model.ts";
import { keys, useSave } from "../data.ts";
import { createPerson, updatePerson, usePerson } from "../../api/people.ts";
import { useOrganizations } from "../../api/reference.ts";
import { AdminProblem, CheckboxField, QueryState, useFieldError } from "../feedback.tsx";
import { adminPath } from "../sections.ts";
import type { Person } from "../types.ts";
import { ManagerPicker } from "./ManagerPicker.tsx";
import { ManagementChain } from "./ManagementChain.tsx";
import { LOCALES, ROLES, type Role } from "../vocab.ts";

function PersonForm({ person }: { person: Person | null }) {
  const { t } = useTranslation(["admin", "common"]);
  const navigate = useNavigate();
  const organizations = useOrganizations();
  const [f, setF] = useState({
    name: person?.name ?? "",
    email: person?.email ?? "",
    phone: person?.phone ?? "",
    extension: person?.extension ?? "",
    organizationId: person?.organizationId ?? "",
    role: (person?.role ?? "requester") as Role,
    orgManager: person?.orgManager ?? false,
    managerId: person?.managerId ?? "",
    active: person?.active ?? true,
    locale: person?.locale ?? "en",
    timeZone: person?.timeZone ?? "",
    password: "",
  });
  const set = (patch: Partial<typeof f>) => setF((x) => ({ ...x, ...patch }));
  const organizationId = f.organizationId || organizations.data?.[0]?.id || "";
  const save = useSave(
    () => {
      const common = {
        name: f.name,
        email: f.email,
        phone: f.phone.trim() || null,
        // Only staff answer calls; a requester keeps none (a stale one would pop callers to them).
        extension: f.role === "requester" ? null : f.extension.trim() || null,
        role: f.role,
        orgManager: f.role === "requester" ? f.orgManager : false,
        managerId: f.managerId || null,
        locale: f.locale,
        timeZone: f.timeZone || null,
        ...(f.password ? { password: f.password } : {}),
      };
      return person
        ? updatePerson(person.id, { ...common, active: f.active })
        : createPerson({ ...common, organizationId });
    },
    {
      invalidate: [keys.people],
      message: person ? t("people.saved") : t("people.created"),
      onSuccess: (p) => {
        setF((x) => ({ ...x, password: "" }));
        if (!person) navigate(adminPath("people", p.id));
      },
    },
  );
  const errorAt = useFieldError(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(undefined);
  };
  const org = organizations.data?.find((o) => o.id === organizationId);
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <div className="form-grid">
        <TextField
          label={t("people.name")}
          value={f.name}
          required
          maxLength={200}
          autoComplete="off"
          onChange={(e) => set({ name: e.target.value })}
          error={errorAt("name")}
        />
        <TextField
          label={t("people.email")}
          type="email"
          value={f.email}
          required
          autoComplete="off"
          onChange={(e) => set({ email: e.target.value })}
          error={errorAt("email")}
        />
        <TextField
          label={t("people.phone")}
          type="tel"
          value={f.phone}
          autoComplete="off"
          onChange={(e) => set({ phone: e.target.value })}
          error={errorAt("phone")}
        />
        {f.role === "requester" ? null : (
          <TextField
            label={t("people.extension")}
            hint={t("people.extensionHint")}
            inputMode="tel"
            dir="ltr"
            value={f.extension}
            maxLength={20}
            autoComplete="off"
            onChange={(e) => set({ extension: e.target.value })}
            error={errorAt("extension")}
          />
        )}
        {person ? (
          <div className="field">
            <span className="field-label">{t("people.organization")}</span>
            <p>{org?.name ?? "…"}</p>
            <p className="hint">{t("people.organizationFixed")}</p>
          </div>
        ) : (
          <SelectField
            label={t("people.organization")}
            value={organizationId}
            onChange={(e) => set({ organizationId: e.target.value, managerId: "" })}
            error={errorAt("organizationId")}
          >
            {(organizations.data ?? []).map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </SelectField>
        )}
        <SelectField
          label={t("people.roleLabel")}
          hint={t(`people.roleHint.${f.role}`)}
          value={f.role}
          onChange={(e) => set({ role: e.target.value as Role })}
          error={errorAt("role")}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`people.role.${r}`)}
            </option>
          ))}
        </SelectField>
        <ManagerPicker
          organizationId={organizationId}
          value={f.managerId}
          exclude={person?.id}
          onChange={(managerId) => set({ managerId })}
          error={errorAt("managerId")}
        />
        <SelectField
          label={t("people.locale")}
          value={f.locale}
          onChange={(e) => set({ locale: e.target.value })}
          error={errorAt("locale")}
        >
          {[...new Set([...LOCALES, f.locale])].map((l) => (
            <option key={l} value={l}>
              {t(`people.localeName.${l}`, { defaultValue: l })}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("people.timeZone")}
          hint={t("people.timeZoneHint")}
          value={f.timeZone}
          onChange={(e) => set({ timeZone: e.target.value })}
          error={errorAt("timeZone")}
          dir="ltr"
        >
          <option value="">{t("people.supportZone")}</option>
          {timeZones(f.timeZone).map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </SelectField>
        <TextField
          label={person ? t("people.newPassword") : t("people.password")}
          hint={person ? t("people.newPasswordHint") : t("people.passwordHint")}
          type="password"
          autoComplete="new-password"
          value={f.password}
          onChange={(e) => set({ password: e.target.value })}
          error={errorAt("password")}
        />
      </div>
      {f.role === "requester" ? (
        <CheckboxField
          label={t("people.orgManagerLabel")}
          hint={t("people.orgManagerHint")}
          checked={f.orgManager}
          onChange={(orgManager) => set({ orgManager })}
        />
      ) : null}
      {person ? <ManagementChain managerId={person.managerId} /> : null}
      {person ? (
        <CheckboxField
          label={t("people.activeLabel")}
          hint={t("people.activeHint")}
          checked={f.active}
          onChange={(active) => set({ active })}
        />
      ) : null}
      <AdminProblem error={save.error} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? t("form.saving") : person ? t("form.save") : t("people.create")}
        </button>
      </div>
    </form>
  );
}

/** /admin/people/new and /admin/people/:id */
export function PersonPage() {
  const { t } = useTranslation(["admin", "common"]);
  const { id = "new" } = useParams();
  const query = usePerson(id === "new" ? null : id);
  return (
    <div className="page stack">
      <p className="breadcrumb">
        <Link to={adminPath("people")}>{t("sections.people.title")}</Link>
      </p>
      <h1>{id === "new" ? t("people.newTitle") : (query.data?.name ?? t("people.title"))}</h1>
      {id === "new" ? (
        <PersonForm person={null} />
      ) : query.data ? (
        <PersonForm key={JSON.stringify(query.data)} person={query.data} />
      ) : (
        <QueryState query={query} />
      )}
    </div>
  );
}
