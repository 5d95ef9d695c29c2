import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { answerRegularSurvey, usePublicRegularSurvey, type SurveyAnswers } from "../api/regular-surveys.ts";
import { formatDateTime, inReadersLanguage } from "../app/i18n.ts";
import { RegularSurveyForm } from "../feedback/RegularSurveyForm.tsx";
import { LinkProblem } from "./SurveyPage.tsx";
import "./public.css";

/**
 * The page behind a regular survey's mailed link (no sign-in: the link is the right to answer, once): the round's
 * questions as they were asked; after the answer, thanks — the link is then used up.
 */
export default function RegularSurveyPage() {
  const { t, i18n } = useTranslation(["public", "common"]);
  const token = useParams().token ?? "";
  const survey = usePublicRegularSurvey(token);
  const answer = useMutation({ mutationFn: (answers: SurveyAnswers) => answerRegularSurvey(token, answers) });
  const data = survey.data;
  return (
    <section className="page narrow public" aria-labelledby="regular-survey-title">
      <h1 id="regular-survey-title">
        {data ? inReadersLanguage(data.title, data.titleUr, i18n.language) : t("regularSurvey.title")}
      </h1>
      {survey.isPending && token ? <p role="status">{t("common:loading")}</p> : null}
      {survey.error ? <LinkProblem error={survey.error} /> : null}
      {answer.data ? (
        <p className="card" role="status">
          {t("survey.thanks")}
        </p>
      ) : data ? (
        <RegularSurveyForm
          idBase="regular-survey"
          questions={data.questions}
          busy={answer.isPending}
          onSubmit={(answers) => answer.mutate(answers)}
          footer={
            <>
              {answer.error ? <LinkProblem error={answer.error} /> : null}
              <p className="hint">{t("survey.until", { time: formatDateTime(data.expiresAt, i18n.language) })}</p>
            </>
          }
        />
      ) : null}
    </section>
  );
}
