import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useGroups } from "../../api/groups.ts";
import { useOrganizations } from "../../api/reference.ts";
import { useWhatsappWrites, type WhatsappNumber } from "../../api/whatsapp.ts";
import { SelectField, TextField } from "../../ui/Field.tsx";
import { AdminProblem, CheckboxField, useAnnounce, useFieldError } from "../feedback.tsx";

const SECRETS = ["accessToken", "appSecret", "verifyToken"] as const;
type Secret = (typeof SECRETS)[number];
type Draft = {
  phoneNumberId: string;
  number: string;
  displayName: string;
  defaultGroupId: string;
  defaultOrganizationId: string;
  active: boolean;
} & Record<Secret, string>;

const draftOf = (n?: WhatsappNumber): Draft => ({
  phoneNumberId: n?.phoneNumberId ?? "",
  number: n?.number ?? "",
  displayName: n?.displayName ?? "",
  defaultGroupId: n?.defaultGroupId ?? "",
  defaultOrganizationId: n?.defaultOrganizationId ?? "",
  active: n?.active ?? true,
  // Write-only: the API never gives a stored secret back, so the fields start empty and are sent only when typed.
  accessToken: "",
  appSecret: "",
  verifyToken: "",
});

/**
 * Add a WhatsApp number or edit one: Meta's phone number id, the number, the name agents see, where its strangers'
 * tickets go, and its three secrets — typed to set or replace them, never shown (an edit left empty keeps them).
 */
export function WhatsappNumberForm({ number, onDone }: { number?: WhatsappNumber; onDone(): void }) {
  const { t } = useTranslation(["admin", "common"]);
  const groups = useGroups();
  const organizations = useOrganizations();
  const writes = useWhatsappWrites();
  const announce = useAnnounce();
  const [f, setF] = useState<Draft>(() => draftOf(number));
  const set = (patch: Partial<Draft>) => setF((x) => ({ ...x, ...patch }));
  const mutation = number ? writes.updateNumber : writes.createNumber;
  const errorAt = useFieldError(mutation.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = {
      phoneNumberId: f.phoneNumberId.trim(),
      number: f.number.trim(),
      displayName: f.displayName,
      defaultGroupId: f.defaultGroupId || null,
      defaultOrganizationId: f.defaultOrganizationId || null,
      active: f.active,
    };
    const done = () => {
      announce(t("whatsapp.numberSaved", { number: body.number }));
      if (!number) setF(draftOf());
      onDone();
    };
    if (number) {
      const secrets = Object.fromEntries(SECRETS.filter((s) => f[s] !== "").map((s) => [s, f[s]]));
      writes.updateNumber.mutate({ id: number.id, body: { ...body, ...secrets } }, { onSuccess: done });
    } else {
      // Empty secrets are sent as they are, so the API names the missing one.
      const { accessToken, appSecret, verifyToken } = f;
      writes.createNumber.mutate({ ...body, accessToken, appSecret, verifyToken }, { onSuccess: done });
    }
  };
  const secretField = (s: Secret) => (
    <TextField
      key={s}
      label={t(`whatsapp.${s}`)}
      type="password"
      autoComplete="new-password"
      hint={number ? t("whatsapp.secretKept") : t(`whatsapp.${s}Hint`)}
      value={f[s]}
      maxLength={1000}
      onChange={(e) => set({ [s]: e.target.value } as Partial<Draft>)}
      error={errorAt(s)}
    />
  );
  return (
    <form
      className="section stack"
      onSubmit={submit}
      noValidate
      aria-label={number ? t("whatsapp.editNumber", { number: number.number }) : t("whatsapp.newNumber")}
    >
      <div className="form-grid">
        <TextField
          label={t("whatsapp.phoneNumberId")}
          hint={t("whatsapp.phoneNumberIdHint")}
          inputMode="numeric"
          dir="ltr"
          value={f.phoneNumberId}
          maxLength={32}
          onChange={(e) => set({ phoneNumberId: e.target.value })}
          error={errorAt("phoneNumberId")}
        />
        <TextField
          label={t("whatsapp.number")}
          hint={t("whatsapp.numberHint")}
          type="tel"
          dir="ltr"
          value={f.number}
          maxLength={16}
          onChange={(e) => set({ number: e.target.value })}
          error={errorAt("number")}
        />
        <TextField
          label={t("whatsapp.displayName")}
          value={f.displayName}
          maxLength={200}
          onChange={(e) => set({ displayName: e.target.value })}
          error={errorAt("displayName")}
        />
        <SelectField
          label={t("whatsapp.defaultGroup")}
          value={f.defaultGroupId}
          onChange={(e) => set({ defaultGroupId: e.target.value })}
          error={errorAt("defaultGroupId")}
        >
          <option value="">{t("form.none")}</option>
          {(groups.data ?? []).map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("whatsapp.defaultOrganization")}
          hint={t("whatsapp.defaultOrganizationHint")}
          value={f.defaultOrganizationId}
          onChange={(e) => set({ defaultOrganizationId: e.target.value })}
          error={errorAt("defaultOrganizationId")}
        >
          <option value="">{t("form.none")}</option>
          {(organizations.data ?? []).map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
        {SECRETS.map(secretField)}
        <CheckboxField label={t("form.active")} checked={f.active} onChange={(active) => set({ active })} />
      </div>
      <AdminProblem error={mutation.error} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={mutation.isPending}>
          {mutation.isPending ? t("form.saving") : t("form.save")}
        </button>
        {number ? (
          <button type="button" onClick={onDone}>
            {t("form.cancel")}
          </button>
        ) : null}
      </div>
    </form>
  );
}
