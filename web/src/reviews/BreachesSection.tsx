import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { recordBreachCause, reviewKeys, type Review } from "../api/reviews.ts";
import { TextField } from "../ui/Field.tsx";
import { Problem } from "../ui/Problem.tsx";

/** The tickets that breached a target in the review's period, each with its cause (editable while the review runs). */
export function BreachesSection({ review }: { review: Review }) {
  const { t } = useTranslation(["reviews", "common"]);
  return (
    <section aria-labelledby="breaches-title">
      <h2 id="breaches-title">{t("breaches.title")}</h2>
      {review.breaches.length === 0 ? (
        <p>{t("breaches.empty")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("breaches.ticket")}</th>
              <th scope="col">{t("breaches.subject")}</th>
              <th scope="col">{t("breaches.clocks")}</th>
              <th scope="col">{t("breaches.cause")}</th>
            </tr>
          </thead>
          <tbody>
            {review.breaches.map((b) => (
              <tr key={b.ticketId}>
                <td>#{b.number}</td>
                <td>
                  <bdi>{b.subject}</bdi>
                </td>
                <td>{b.clocks.map((c) => t(`breaches.clock.${c}`)).join(", ")}</td>
                <td>
                  {review.abilities.run ? (
                    <CauseForm review={review} breach={b} />
                  ) : b.cause ? (
                    <bdi>{b.cause}</bdi>
                  ) : (
                    t("breaches.none")
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function CauseForm({ review, breach }: { review: Review; breach: Review["breaches"][number] }) {
  const { t } = useTranslation(["reviews", "common"]);
  const queryClient = useQueryClient();
  const [cause, setCause] = useState(breach.cause ?? "");
  const save = useMutation({
    mutationFn: () => recordBreachCause(review.id, breach.ticketId, cause),
    onSuccess: (next) => queryClient.setQueryData(reviewKeys.one(review.id), next),
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (cause.trim()) save.mutate();
  };
  return (
    <form className="cause-form" noValidate onSubmit={onSubmit}>
      <TextField
        label={<span className="visually-hidden">{t("breaches.causeOf", { number: breach.number })}</span>}
        value={cause}
        placeholder={t("breaches.none")}
        onChange={(event) => setCause(event.target.value)}
      />
      <button type="submit" disabled={save.isPending || !cause.trim() || cause.trim() === breach.cause}>
        {t("breaches.save")}
      </button>
      <Problem error={save.error} />
    </form>
  );
}
