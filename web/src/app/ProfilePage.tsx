import { useState, type FormEvent } from "react";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { zoneAbbreviation } from "../../../src/shared/time-zone.ts";
import { SelectField } from "../ui/Field.tsx";
import { Problem } from "../ui/Problem.tsx";
import { updateProfile } from "../api/session.ts";
import { ApiError } from "./api.ts";
import { formatDateTime, LANGUAGES } from "./i18n.ts";
import { ChannelPreference } from "../portal/ChannelPreference.tsx";
import { isStaff, useSession } from "./session.tsx";

/** Every zone the browser knows, with the current one kept even if the list lacks it. */
function zones(current: string | null): string[] {
  const all = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return current && !all.includes(current) ? [current, ...all] : all;
}

/**
 * /console/profile and /portal/profile: the signed-in person's time zone (every time is shown in it) and language;
 * in the portal also the channel notices about their requests reach them on.
 */
export default function ProfilePage() {
  const { t, i18n } = useTranslation();
  const { me, profile, setProfile } = useSession();
  const [timeZone, setTimeZone] = useState(profile?.timeZone ?? "");
  const [language, setLanguage] = useState(profile?.language === "ur" ? "ur" : "en");
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: () => updateProfile({ timeZone: timeZone || null, language }),
    onSuccess: (next) => {
      void i18n.changeLanguage(next.language);
      // Re-renders the app in the new zone (this page too), so the confirmation is kept in the session's memory.
      sessionStorage.setItem("frontline.profileSaved", "1");
      setProfile(next);
    },
  });
  const [announced] = useState(() => {
    const was = sessionStorage.getItem("frontline.profileSaved") === "1";
    sessionStorage.removeItem("frontline.profileSaved");
    return was;
  });
  if (!profile)
    return (
      <p className="loading" role="status">
        {t("loading")}
      </p>
    );
  const support = profile.supportTimeZone;
  const fieldError = save.error instanceof ApiError ? save.error.fieldErrors(["timeZone", "language"] as const) : {};
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    save.mutate(undefined, { onSuccess: () => setSaved(true) });
  };
  return (
    <section className="page narrow" aria-labelledby="profile-title">
      <h1 id="profile-title">{t("profile.title")}</h1>
      <p className="muted">{t("profile.intro")}</p>
      <form className="stack" onSubmit={onSubmit}>
        <SelectField
          label={t("profile.timeZone")}
          hint={t("profile.timeZoneHint", { example: formatDateTime(new Date().toISOString(), i18n.language) })}
          value={timeZone}
          onChange={(e) => setTimeZone(e.target.value)}
          error={fieldError.timeZone}
          dir="ltr"
        >
          <option value="">
            {t("profile.supportZone", { zone: `${support} (${zoneAbbreviation(support, new Date())})` })}
          </option>
          {zones(profile.timeZone).map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("profile.language")}
          value={language}
          onChange={(e) => setLanguage(e.target.value)}
          error={fieldError.language}
        >
          {LANGUAGES.map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.name}
            </option>
          ))}
        </SelectField>
        {Object.keys(fieldError).length > 0 ? null : <Problem error={save.error} />}
        <div className="row">
          <button type="submit" className="primary" disabled={save.isPending}>
            {save.isPending ? t("profile.saving") : t("profile.save")}
          </button>
        </div>
        <p role="status">{saved || announced ? t("profile.saved") : ""}</p>
      </form>
      {me && !isStaff(me) ? <ChannelPreference profile={profile} /> : null}
    </section>
  );
}
