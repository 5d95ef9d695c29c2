import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useOrganizations } from "../api/reference.ts";
import { openReview, reviewKeys, useReviews } from "../api/reviews.ts";
import { useMe } from "../app/session.tsx";
import { SelectField, TextField } from "../ui/Field.tsx";
import { Problem } from "../ui/Problem.tsx";
import "./reviews.css";

/**
 * The service reviews the signed-in person may read, newest period first: in the console (staff: every client's;
 * managers and admins also open new ones) and in the portal (a client's manager: their organization's).
 */
export default function ReviewsPage({ base }: { base: "/console/reviews" | "/portal/reviews" }) {
  const { t } = useTranslation(["reviews", "common"]);
  const me = useMe();
  const reviews = useReviews();
  const items = reviews.data?.items ?? [];
  const runs = me.role === "manager" || me.role === "admin";
  return (
    <section className="page medium reviews" aria-labelledby="reviews-title">
      <h1 id="reviews-title">{t("list.title")}</h1>
      {runs ? <OpenReviewForm base={base} /> : null}
      <Problem error={reviews.error} />
      {reviews.isPending ? (
        <p className="loading" role="status">
          {t("common:loading")}
        </p>
      ) : null}
      {reviews.isSuccess && items.length === 0 ? <p className="card empty">{t("list.empty")}</p> : null}
      {items.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("list.organization")}</th>
              <th scope="col">{t("list.period")}</th>
              <th scope="col">{t("list.state")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((review) => (
              <tr key={review.id}>
                <td>
                  <Link to={`${base}/${review.id}`}>
                    <bdi>{review.organization.name}</bdi>
                  </Link>
                </td>
                <td>{t("list.periodText", { from: review.period.from, to: review.period.to })}</td>
                <td>{t(`list.status.${review.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

function OpenReviewForm({ base }: { base: string }) {
  const { t } = useTranslation(["reviews", "common"]);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const organizations = useOrganizations();
  const clients = (organizations.data ?? []).filter((o) => o.kind === "client");
  const [form, setForm] = useState({ organizationId: "", periodFrom: "", periodTo: "" });
  const [missing, setMissing] = useState(false);
  const open = useMutation({
    mutationFn: () => openReview(form),
    onSuccess: (review) => {
      void queryClient.invalidateQueries({ queryKey: reviewKeys.all });
      queryClient.setQueryData(reviewKeys.one(review.id), review);
      void navigate(`${base}/${review.id}`);
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const incomplete = !form.organizationId || !form.periodFrom || !form.periodTo;
    setMissing(incomplete);
    if (!incomplete) open.mutate();
  };
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm({ ...form, [key]: event.target.value });
  return (
    <form className="card stack" noValidate onSubmit={onSubmit} aria-labelledby="open-review-title">
      <h2 id="open-review-title">{t("open.title")}</h2>
      <div className="row">
        <SelectField label={t("open.organization")} value={form.organizationId} onChange={set("organizationId")}>
          <option value="">{t("open.choose")}</option>
          {clients.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
        <TextField label={t("open.from")} type="date" value={form.periodFrom} onChange={set("periodFrom")} />
        <TextField label={t("open.to")} type="date" value={form.periodTo} onChange={set("periodTo")} />
      </div>
      {missing ? (
        <p className="error" role="alert">
          {t("open.required")}
        </p>
      ) : null}
      <Problem error={open.error} />
      <div>
        <button type="submit" className="primary" disabled={open.isPending}>
          {t("open.submit")}
        </button>
      </div>
    </form>
  );
}
