import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import {
  saveChannelSetting,
  savePublicStatusSetting,
  useChannelSettings,
  usePublicStatusSetting,
} from "../../api/channels.ts";
import { TextArea, TextField } from "../../ui/Field.tsx";
import { keys, useSave } from "../data.ts";
import { AdminProblem, CheckboxField, QueryState, useFieldError } from "../feedback.tsx";
import type { ChannelSetting } from "../types.ts";

function ChannelForm({ setting }: { setting: ChannelSetting }) {
  const { t } = useTranslation(["admin", "common"]);
  const [f, setF] = useState({
    enabled: setting.enabled,
    contact: setting.contact,
    instructions: setting.instructions,
    instructionsUr: setting.instructionsUr ?? "",
    position: String(setting.position),
  });
  const set = (patch: Partial<typeof f>) => setF((x) => ({ ...x, ...patch }));
  const name = t(`common:channel.${setting.channel}`);
  const save = useSave(
    () =>
      saveChannelSetting(setting.channel, {
        ...f,
        instructionsUr: f.instructionsUr.trim() || null,
        position: Number(f.position),
      }),
    { invalidate: [keys.channels], message: t("channels.saved", { name }) },
  );
  const errorAt = useFieldError(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(undefined);
  };
  const headingId = `channel-${setting.channel}`;
  return (
    <form className="section stack" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <div className="spread">
        <h2 id={headingId}>{name}</h2>
        <span className={`badge ${setting.enabled ? "met" : "stopped"}`}>
          {setting.enabled ? t("channels.offered") : t("channels.notOffered")}
        </span>
      </div>
      <CheckboxField
        label={t("channels.enabled", { name })}
        checked={f.enabled}
        onChange={(enabled) => set({ enabled })}
        hint={t("channels.enabledHint")}
      />
      <div className="form-grid">
        <TextField
          label={t("channels.contact")}
          hint={t("channels.contactHint")}
          value={f.contact}
          maxLength={200}
          onChange={(e) => set({ contact: e.target.value })}
          error={errorAt("contact")}
        />
        <TextField
          label={t("channels.position")}
          hint={t("channels.positionHint")}
          inputMode="numeric"
          value={f.position}
          onChange={(e) => set({ position: e.target.value })}
          error={errorAt("position")}
        />
      </div>
      <TextArea
        label={t("channels.instructions")}
        hint={t("channels.instructionsHint")}
        value={f.instructions}
        maxLength={1000}
        onChange={(e) => set({ instructions: e.target.value })}
        error={errorAt("instructions")}
      />
      <TextArea
        label={t("channels.instructionsUr")}
        hint={t("channels.instructionsUrHint")}
        value={f.instructionsUr}
        lang="ur"
        dir="rtl"
        maxLength={1000}
        onChange={(e) => set({ instructionsUr: e.target.value })}
        error={errorAt("instructionsUr")}
      />
      <AdminProblem error={save.error} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? t("form.saving") : t("channels.save", { name })}
        </button>
      </div>
    </form>
  );
}

/** The public status page switch: GET/PUT /api/v1/settings/public-status. */
function PublicStatusSwitch() {
  const { t } = useTranslation(["admin", "common"]);
  const query = usePublicStatusSetting();
  const save = useSave((enabled: boolean) => savePublicStatusSetting(enabled), {
    invalidate: [keys.publicStatus],
    message: (r) => (r.enabled ? t("channels.statusOn") : t("channels.statusOff")),
  });
  return (
    <section className="section stack" aria-labelledby="public-status">
      <h2 id="public-status">{t("channels.statusTitle")}</h2>
      <p className="hint">
        {t("channels.statusHint")} <a href="/status">{t("channels.statusLink")}</a>
      </p>
      <QueryState query={query} />
      {query.data ? (
        <>
          <CheckboxField
            label={t("channels.statusLabel")}
            checked={save.isPending ? Boolean(save.variables) : query.data.enabled}
            onChange={(enabled) => save.mutate(enabled)}
          />
          <p>
            <span className={`badge ${query.data.enabled ? "met" : "stopped"}`}>
              {query.data.enabled ? t("channels.statusIsOn") : t("channels.statusIsOff")}
            </span>
          </p>
        </>
      ) : null}
      <AdminProblem error={save.error} />
    </section>
  );
}

/** /admin/channels: how customers reach the desk (published on the SLA page) and the public status page. */
export function ChannelsPage() {
  const { t } = useTranslation(["admin", "common"]);
  const query = useChannelSettings();
  return (
    <div className="page stack">
      <h1>{t("sections.channels.title")}</h1>
      <p className="muted">{t("channels.intro")}</p>
      <PublicStatusSwitch />
      <QueryState query={query} />
      {(query.data ?? [])
        .slice()
        .sort((a, b) => a.position - b.position)
        .map((s) => (
          <ChannelForm key={JSON.stringify(s)} setting={s} />
        ))}
    </div>
  );
}
