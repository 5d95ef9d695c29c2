import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useRegularSurveys } from "../api/regular-surveys.ts";
import { useMe } from "../app/session.tsx";

/**
 * From the dashboard's satisfaction card to each regular survey's results per question. Only managers and admins
 * read survey results; an agent's dashboard shows no link rather than asking for what it would be refused.
 */
export function RegularSurveyLinks() {
  const { t } = useTranslation(["reports", "common"]);
  const me = useMe();
  const allowed = me.role === "manager" || me.role === "admin";
  const surveys = useRegularSurveys({ enabled: allowed });
  if (!allowed || !surveys.data) return null;
  if (surveys.data.length === 0) return <p className="muted">{t("surveyResults.noSurveys")}</p>;
  return (
    <nav aria-label={t("surveyResults.title")}>
      <p>{t("surveyResults.dashboardLink")}</p>
      <ul>
        {surveys.data.map((s) => (
          <li key={s.id}>
            <Link to={`/reports/surveys/${s.id}`}>
              <bdi>{s.title}</bdi>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
