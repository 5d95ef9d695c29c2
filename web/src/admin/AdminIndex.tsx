import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { adminPath, SECTIONS } from "./sections.ts";

/** /admin: a card for every admin screen with what it is for. */
export function AdminIndex() {
  const { t } = useTranslation(["admin", "common"]);
  return (
    <div className="page">
      <h1>{t("index.title")}</h1>
      <p className="muted">{t("index.intro")}</p>
      <ul className="admin-cards">
        {SECTIONS.map((s) => (
          <li key={s} className="card">
            <h2>
              <Link to={adminPath(s)}>{t(`sections.${s}.title`)}</Link>
            </h2>
            <p>{t(`sections.${s}.description`)}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
