import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { answerSurvey, usePublicSurvey } from "../api/surveys.ts";
import { ApiError } from "../app/api.ts";
import { formatDateTime, inReadersLanguage } from "../app/i18n.ts";
import { Choices } from "../portal/Choices.tsx";
import { TextArea } from "../ui/Field.tsx";
import { Problem } from "../ui/Problem.tsx";
import "./public.css";

const SCORES = ["1", "2", "3", "4", "5"] as const;
type Score = (typeof SCORES)[number];
const COMMENT_MAX = 2000;

/** Why a link cannot be answered, in words: used or expired (410), or not ours at all (404, or malformed). */
export function LinkProblem({ error }: { error: unknown }) {
  const { t } = useTranslation(["public", "common"]);
  if (!(error instanceof ApiError)) return <Problem error={error} />;
  const key =
    error.code === "SURVEY_LINK_USED"
      ? "survey.used"
      : error.code === "SURVEY_LINK_EXPIRED"
        ? "survey.expired"
        : error.status === 404 || error.status === 422
          ? "survey.notFound"
          : null;
  return key ? (
    <p className="card" role="alert">
      {t(key)}
    </p>
  ) : (
    <Problem error={error} />
  );
}

/**
 * The page behind the survey link mailed when a request is resolved (no sign-in: the link is the right to answer,
 * once). The question as it was asked, 1–5 and a comment; after the answer, thanks — the link is then used up.
 */
export default function SurveyPage() {
  const { t, i18n } = useTranslation(["public", "common"]);
  const token = useParams().token ?? "";
  const survey = usePublicSurvey(token);
  const [score, setScore] = useState<Score | "">("");
  const [comment, setComment] = useState("");
  const [errors, setErrors] = useState<{ score?: string; comment?: string }>({});
  const answer = useMutation({
    mutationFn: () =>
      answerSurvey(token, { score: Number(score), ...(comment.trim() ? { comment: comment.trim() } : {}) }),
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: { score?: string; comment?: string } = {};
    if (!score) found.score = t("survey.errors.score");
    if (comment.trim().length > COMMENT_MAX) found.comment = t("survey.errors.long", { max: COMMENT_MAX });
    setErrors(found);
    if (found.score || found.comment)
      return document.getElementById(found.score ? "survey-score-0" : "survey-comment")?.focus();
    answer.mutate();
  };

  const data = survey.data;
  return (
    <section className="page narrow public" aria-labelledby="survey-title">
      <h1 id="survey-title">{t("survey.title")}</h1>
      {survey.isPending && token ? <p role="status">{t("common:loading")}</p> : null}
      {survey.error ? <LinkProblem error={survey.error} /> : null}
      {answer.data ? (
        <p className="card" role="status">
          {t("survey.thanks")}
        </p>
      ) : data ? (
        <form className="card stack" noValidate onSubmit={onSubmit} aria-describedby="survey-about">
          <p id="survey-about">
            {t("survey.about", { number: data.ticketNumber })} <bdi>{data.subject}</bdi>
          </p>
          <Choices
            idBase="survey-score"
            name="score"
            role="radiogroup"
            legend={inReadersLanguage(data.question, data.questionUr, i18n.language)}
            hint={t("survey.scale")}
            value={score}
            onChange={(value) => setScore(value)}
            error={errors.score}
            options={SCORES.map((value) => ({ value, label: t(`survey.scores.${value}`) }))}
          />
          <TextArea
            id="survey-comment"
            label={t("survey.comment")}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            rows={4}
            maxLength={COMMENT_MAX}
            dir="auto"
            error={errors.comment}
          />
          {answer.error ? <LinkProblem error={answer.error} /> : null}
          <p className="hint">{t("survey.until", { time: formatDateTime(data.expiresAt, i18n.language) })}</p>
          <div className="row end">
            <button type="submit" className="primary" disabled={answer.isPending}>
              {t("survey.submit")}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
