import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { reviewPackUrl, useReview } from "../api/reviews.ts";
import { formatDateTime } from "../app/i18n.ts";
import { Problem } from "../ui/Problem.tsx";
import { ActionsSection } from "./ActionsSection.tsx";
import { BreachesSection } from "./BreachesSection.tsx";
import { SignOffForm } from "./SignOffForm.tsx";
import "./reviews.css";

/**
 * One service review: its pack, the period's breaches with their causes, the actions agreed in it and those it opened
 * with, and its sign-off. What the reader may change comes from the review's abilities, never from their role.
 */
export default function ReviewPage({ base }: { base: "/console/reviews" | "/portal/reviews" }) {
  const { t, i18n } = useTranslation(["reviews", "common"]);
  const { id = "" } = useParams();
  const review = useReview(id);
  if (review.isPending)
    return (
      <p className="loading page" role="status">
        {t("common:loading")}
      </p>
    );
  if (!review.data)
    return (
      <section className="page medium">
        <Problem error={review.error} />
      </section>
    );
  const r = review.data;
  return (
    <section className="page medium reviews" aria-labelledby="review-title">
      <p>
        <Link to={base}>{t("review.back")}</Link>
      </p>
      <h1 id="review-title">{t("review.title", { organization: r.organization.name })}</h1>
      <p>{t("review.period", { from: r.period.from, to: r.period.to })}</p>
      <p>
        <a href={reviewPackUrl(r)} download>
          {t("review.pack")}
        </a>
      </p>
      {r.status === "signed_off" ? (
        <div className="card" role="status">
          <p>{t("review.signedOff", { time: formatDateTime(r.signedOffAt, i18n.language) })}</p>
          {r.signOffComment ? <p>{t("review.clientComment", { comment: r.signOffComment })}</p> : null}
        </div>
      ) : null}
      <BreachesSection review={r} />
      <ActionsSection review={r} />
      {r.abilities.signOff ? <SignOffForm review={r} /> : null}
    </section>
  );
}
