import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { reviewKeys, signOffReview, type Review } from "../api/reviews.ts";
import { TextArea } from "../ui/Field.tsx";
import { Problem } from "../ui/Problem.tsx";

/** The client's manager signs the review off, with an optional comment (shown only to those who may). */
export function SignOffForm({ review }: { review: Review }) {
  const { t } = useTranslation(["reviews", "common"]);
  const queryClient = useQueryClient();
  const [comment, setComment] = useState("");
  const signOff = useMutation({
    mutationFn: () => signOffReview(review.id, comment.trim()),
    onSuccess: (next) => {
      queryClient.setQueryData(reviewKeys.one(review.id), next);
      void queryClient.invalidateQueries({ queryKey: reviewKeys.all });
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    signOff.mutate();
  };
  return (
    <form className="card stack" noValidate onSubmit={onSubmit} aria-labelledby="sign-off-title">
      <h2 id="sign-off-title">{t("signOff.title")}</h2>
      <p>{t("signOff.explain")}</p>
      <TextArea
        label={t("signOff.comment")}
        value={comment}
        maxLength={4000}
        rows={3}
        onChange={(event) => setComment(event.target.value)}
      />
      <Problem error={signOff.error} />
      <div>
        <button type="submit" className="primary" disabled={signOff.isPending}>
          {t("signOff.submit")}
        </button>
      </div>
    </form>
  );
}
