import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../app/api.ts";
import { rateTicket, useRating } from "../api/ticket-work.ts";
import { formatDateTime, inReadersLanguage } from "../app/i18n.ts";
import { useTicketSurvey } from "../api/surveys.ts";
import { TextArea } from "../ui/Field.tsx";
import { Problem } from "../ui/Problem.tsx";
import { Choices } from "./Choices.tsx";
import type { Ticket } from "./types.ts";
import { COMMENT_MAX } from "./validate.ts";

const SCORES = ["1", "2", "3", "4", "5"] as const;
type Score = (typeof SCORES)[number];

/** How satisfied the requester is with a resolved or closed request: 1–5 and a comment; may be revised later. */
export function RatingForm({ ticket, refKey }: { ticket: Ticket; refKey: string }) {
  const { t, i18n } = useTranslation(["portal", "common"]);
  const queryClient = useQueryClient();
  const existing = useRating(refKey, ticket);
  const current = existing.data?.rating ?? null;
  // A surveyed ticket asks the survey's question; the rating below is its answer.
  const survey = useTicketSurvey(ticket.id, true).data?.survey ?? null;
  const [score, setScore] = useState<Score | "">("");
  const [comment, setComment] = useState("");
  const [errors, setErrors] = useState<{ score?: string; comment?: string }>({});
  const [saved, setSaved] = useState(false);

  // Start from the rating already given, so revising only changes what the person changes.
  useEffect(() => {
    if (!current) return;
    setScore(String(current.score) as Score);
    setComment(current.comment);
  }, [current?.score, current?.comment]); // eslint-disable-line react-hooks/exhaustive-deps

  const rate = useMutation({
    mutationFn: () =>
      rateTicket(ticket, { score: Number(score), ...(comment.trim() ? { comment: comment.trim() } : {}) }),
    onSuccess: () => {
      setSaved(true);
      void queryClient.invalidateQueries({ queryKey: ["ticket", refKey, "rating"] });
    },
    onError: (error) => {
      if (error instanceof ApiError) {
        const next = { score: error.fieldError("score"), comment: error.fieldError("comment") };
        if (next.score || next.comment) setErrors(next);
      }
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const found: { score?: string; comment?: string } = {};
    if (!score) found.score = t("rating.errors.score");
    if (comment.trim().length > COMMENT_MAX) found.comment = t("rating.errors.long", { max: COMMENT_MAX });
    setErrors(found);
    if (found.score || found.comment)
      return document.getElementById(found.score ? "rating-score-0" : "rating-comment")?.focus();
    rate.mutate();
  };

  return (
    <section aria-labelledby="rating-title" className="card rating">
      <h2 id="rating-title">{current ? t("rating.titleRevise") : t("rating.title")}</h2>
      {survey && !current ? (
        <p className="survey-question">{inReadersLanguage(survey.question, survey.questionUr, i18n.language)}</p>
      ) : null}
      {current ? (
        <p>
          {t("rating.current", {
            label: t(`rating.scores.${current.score as 1 | 2 | 3 | 4 | 5}`),
            time: formatDateTime(current.updatedAt, i18n.language),
          })}
          {current.comment ? (
            <span className="quoted">
              {" "}
              “<bdi>{current.comment}</bdi>”
            </span>
          ) : null}
        </p>
      ) : null}
      <form className="stack" noValidate onSubmit={onSubmit}>
        <Choices
          idBase="rating-score"
          name="score"
          role="radiogroup"
          legend={t("rating.legend")}
          value={score}
          onChange={(value) => setScore(value)}
          error={errors.score}
          options={SCORES.map((value) => ({ value, label: t(`rating.scores.${value}`) }))}
        />
        <TextArea
          id="rating-comment"
          label={t("rating.comment")}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          rows={3}
          maxLength={COMMENT_MAX}
          dir="auto"
          error={errors.comment}
        />
        {errors.score || errors.comment ? null : <Problem error={rate.error} />}
        <div className="row">
          <button type="submit" className="primary" disabled={rate.isPending}>
            {t("rating.submit")}
          </button>
          <span role="status">{saved ? t("rating.saved") : null}</span>
        </div>
      </form>
    </section>
  );
}
