import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { answerMySurvey, regularSurveyKeys, useMySurveys, type MySurvey } from "../api/regular-surveys.ts";
import { formatDateTime, inReadersLanguage } from "../app/i18n.ts";
import { Problem } from "../ui/Problem.tsx";
import { RegularSurveyForm } from "./RegularSurveyForm.tsx";

/**
 * "Surveys for you" in the portal: the signed-in person's regular-survey invitations whose rounds are open, each
 * answered in place (whether or not its link was also mailed). Nothing shows when there are none.
 */
export function SurveysForYou() {
  const { t } = useTranslation(["public", "common"]);
  const surveys = useMySurveys();
  const items = surveys.data?.items ?? [];
  if (surveys.error) return <Problem error={surveys.error} />;
  if (items.length === 0) return null;
  return (
    <section className="stack" aria-labelledby="surveys-for-you">
      <h2 id="surveys-for-you">{t("regularSurvey.forYou")}</h2>
      {items.map((survey) => (
        <SurveyItem key={survey.invitationId} survey={survey} />
      ))}
    </section>
  );
}

function SurveyItem({ survey }: { survey: MySurvey }) {
  const { t, i18n } = useTranslation(["public", "common"]);
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const answer = useMutation({
    mutationFn: (answers: Parameters<typeof answerMySurvey>[1]) => answerMySurvey(survey.invitationId, answers),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: regularSurveyKeys.mine }),
  });
  const title = inReadersLanguage(survey.title, survey.titleUr, i18n.language);
  return (
    <div className="card stack">
      <h3>
        <bdi>{title}</bdi>
      </h3>
      {survey.answered || answer.data ? (
        <p role="status">{t("regularSurvey.answered")}</p>
      ) : open ? (
        <RegularSurveyForm
          idBase={`my-survey-${survey.invitationId}`}
          questions={survey.questions}
          busy={answer.isPending}
          onSubmit={(answers) => answer.mutate(answers)}
          footer={
            <>
              <Problem error={answer.error} />
              <p className="hint">{t("survey.until", { time: formatDateTime(survey.expiresAt, i18n.language) })}</p>
            </>
          }
        />
      ) : (
        <div className="row">
          <button type="button" onClick={() => setOpen(true)}>
            {t("regularSurvey.open")}
          </button>
        </div>
      )}
    </div>
  );
}
