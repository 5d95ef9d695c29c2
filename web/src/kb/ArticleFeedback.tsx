import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { rateArticle } from "../api/articles.ts";
import { ApiError } from "../app/api.ts";
import { TextArea } from "../ui/Field.tsx";
import { Problem } from "../ui/Problem.tsx";

/** The longest comment the feedback API keeps. */
const COMMENT_MAX = 2_000;

/**
 * "Was this helpful?": Yes or No is sent at once (answering again replaces it), then an optional comment goes with
 * the same answer.
 */
export function ArticleFeedback({ articleId }: { articleId: string }) {
  const { t } = useTranslation(["kb", "common"]);
  const [helpful, setHelpful] = useState<boolean | null>(null);
  const [comment, setComment] = useState("");
  const [commentError, setCommentError] = useState<string | undefined>();
  const [thanks, setThanks] = useState<"answer" | "comment" | null>(null);

  const rate = useMutation({
    mutationFn: (input: { helpful: boolean; comment?: string }) => rateArticle(articleId, input),
    onSuccess: (_, input) => setThanks(input.comment ? "comment" : "answer"),
    onError: (error) => {
      if (error instanceof ApiError) setCommentError(error.fieldError("comment"));
    },
  });

  const answer = (value: boolean) => {
    setHelpful(value);
    setThanks(null);
    rate.mutate({ helpful: value });
  };

  const sendComment = (event: FormEvent) => {
    event.preventDefault();
    if (helpful === null) return;
    const text = comment.trim();
    if (!text) return setCommentError(t("feedback.commentEmpty"));
    if (text.length > COMMENT_MAX) return setCommentError(t("feedback.commentLong", { max: COMMENT_MAX }));
    setCommentError(undefined);
    setThanks(null);
    rate.mutate({ helpful, comment: text });
  };

  return (
    <section className="card kb-feedback stack" aria-labelledby="kb-feedback-title">
      <h2 id="kb-feedback-title">{t("feedback.title")}</h2>
      <div className="row" role="group" aria-labelledby="kb-feedback-title">
        <button type="button" aria-pressed={helpful === true} onClick={() => answer(true)} disabled={rate.isPending}>
          {t("common:yes")}
        </button>
        <button type="button" aria-pressed={helpful === false} onClick={() => answer(false)} disabled={rate.isPending}>
          {t("common:no")}
        </button>
      </div>
      <p role="status">
        {thanks === "answer" ? t("feedback.thanks") : thanks === "comment" ? t("feedback.commentThanks") : ""}
      </p>
      {helpful !== null ? (
        <form className="stack" noValidate onSubmit={sendComment}>
          <TextArea
            id="kb-feedback-comment"
            label={helpful ? t("feedback.commentHelpful") : t("feedback.commentUnhelpful")}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            rows={3}
            maxLength={COMMENT_MAX}
            dir="auto"
            error={commentError}
          />
          <div className="row">
            <button type="submit" disabled={rate.isPending}>
              {t("feedback.sendComment")}
            </button>
          </div>
        </form>
      ) : null}
      {commentError ? null : <Problem error={rate.error} />}
    </section>
  );
}
