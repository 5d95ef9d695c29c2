import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useActiveStaff } from "../api/people.ts";
import {
  addReviewAction,
  reviewKeys,
  updateReviewAction,
  type Review,
  type ReviewActionStatus,
} from "../api/reviews.ts";
import { SelectField, TextField } from "../ui/Field.tsx";
import { Problem } from "../ui/Problem.tsx";

const STATUSES: readonly ReviewActionStatus[] = ["open", "in_progress", "done", "dropped"];

/** The actions of the review (agreed in it, or carried from earlier ones), their status, and a form for a new one. */
export function ActionsSection({ review }: { review: Review }) {
  const { t } = useTranslation(["reviews", "common"]);
  const queryClient = useQueryClient();
  const update = useMutation({
    mutationFn: ({ actionId, status }: { actionId: string; status: ReviewActionStatus }) =>
      updateReviewAction(review.id, actionId, { status }),
    onSuccess: (next) => queryClient.setQueryData(reviewKeys.one(review.id), next),
  });
  return (
    <section aria-labelledby="actions-title">
      <h2 id="actions-title">{t("actions.title")}</h2>
      {review.actions.length === 0 ? (
        <p>{t("actions.empty")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("actions.what")}</th>
              <th scope="col">{t("actions.owner")}</th>
              <th scope="col">{t("actions.due")}</th>
              <th scope="col">{t("actions.status")}</th>
            </tr>
          </thead>
          <tbody>
            {review.actions.map((a) => (
              <tr key={a.id}>
                <td>
                  <bdi>{a.title}</bdi>
                  {a.carried ? <span className="carried"> ({t("actions.carried")})</span> : null}
                </td>
                <td>
                  <bdi>{a.owner.name}</bdi>
                </td>
                <td>{a.dueOn}</td>
                <td>
                  {review.abilities.run ? (
                    <select
                      aria-label={t("actions.statusOf", { title: a.title })}
                      value={a.status}
                      disabled={update.isPending}
                      onChange={(event) =>
                        update.mutate({ actionId: a.id, status: event.target.value as ReviewActionStatus })
                      }
                    >
                      {STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {t(`actions.statuses.${s}`)}
                        </option>
                      ))}
                    </select>
                  ) : (
                    t(`actions.statuses.${a.status}`)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Problem error={update.error} />
      {review.abilities.run ? <NewActionForm review={review} /> : null}
    </section>
  );
}

function NewActionForm({ review }: { review: Review }) {
  const { t } = useTranslation(["reviews", "common"]);
  const queryClient = useQueryClient();
  const staff = useActiveStaff();
  const empty = { title: "", ownerId: "", dueOn: "" };
  const [form, setForm] = useState(empty);
  const [missing, setMissing] = useState(false);
  const add = useMutation({
    mutationFn: () => addReviewAction(review.id, { ...form, title: form.title.trim() }),
    onSuccess: (next) => {
      queryClient.setQueryData(reviewKeys.one(review.id), next);
      setForm(empty);
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const incomplete = !form.title.trim() || !form.ownerId || !form.dueOn;
    setMissing(incomplete);
    if (!incomplete) add.mutate();
  };
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm({ ...form, [key]: event.target.value });
  return (
    <form className="card stack" noValidate onSubmit={onSubmit}>
      <div className="row">
        <TextField label={t("actions.newTitle")} value={form.title} maxLength={300} onChange={set("title")} />
        <SelectField label={t("actions.newOwner")} value={form.ownerId} onChange={set("ownerId")}>
          <option value="">{t("open.choose")}</option>
          {(staff.data ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
        <TextField label={t("actions.newDue")} type="date" value={form.dueOn} onChange={set("dueOn")} />
      </div>
      {missing ? (
        <p className="error" role="alert">
          {t("actions.required")}
        </p>
      ) : null}
      <Problem error={add.error} />
      <div>
        <button type="submit" disabled={add.isPending}>
          {t("actions.add")}
        </button>
      </div>
    </form>
  );
}
