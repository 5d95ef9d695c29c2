import { useTranslation } from "react-i18next";
import { LANGUAGES } from "../app/i18n.ts";
import { useTheme, type ThemeChoice } from "../app/theme.ts";

/** Language and theme pickers, in every shell's header. */
export function Preferences() {
  const { t, i18n } = useTranslation();
  const [theme, setTheme] = useTheme();
  return (
    <div className="preferences">
      <label>
        <span className="visually-hidden">{t("prefs.language")}</span>
        <select
          value={i18n.language}
          onChange={(e) => void i18n.changeLanguage(e.target.value)}
          aria-label={t("prefs.language")}
        >
          {LANGUAGES.map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">{t("prefs.theme")}</span>
        <select value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)} aria-label={t("prefs.theme")}>
          <option value="system">{t("prefs.themeSystem")}</option>
          <option value="light">{t("prefs.themeLight")}</option>
          <option value="dark">{t("prefs.themeDark")}</option>
        </select>
      </label>
    </div>
  );
}
