import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import {
  postIncidentUpdate,
  publicIncidentKey,
  publishIncident,
  unpublishIncident,
  usePublicIncident,
  type PublicIncident,
} from "../api/ticket-actions.ts";
import { ApiError } from "../app/api.ts";
import { formatDateTime } from "../app/i18n.ts";
import { TextArea, TextField } from "../ui/Field.tsx";
import { Problem } from "../ui/Problem.tsx";
import type { Ticket } from "./types.ts";

/**
 * Publishing the ticket on the public status page (staff): a public title, timestamped public updates, and taking it
 * off. The status page shows only what is written here, never the requester's words.
 */
export function PublicIncidentPanel({ ticket, ticketRef }: { ticket: Ticket; ticketRef: string }) {
  const { t, i18n } = useTranslation(["console", "common"]);
  const queryClient = useQueryClient();
  const incident = usePublicIncident(ticketRef, ticket, ticket.abilities.note);
  const [title, setTitle] = useState<string | null>(null);
  const [update, setUpdate] = useState("");
  const [done, setDone] = useState("");
  const settle = (message: string) => (answer: PublicIncident) => {
    queryClient.setQueryData(publicIncidentKey(ticketRef), answer);
    void queryClient.invalidateQueries({ queryKey: ["ticket", ticketRef] });
    setDone(message);
  };
  const publish = useMutation({
    mutationFn: (value: string) => publishIncident(ticket.id, value),
    onSuccess: (a) => (setTitle(null), settle(t("publicIncident.published"))(a)),
  });
  const post = useMutation({
    mutationFn: (body: string) => postIncidentUpdate(ticket.id, body),
    onSuccess: (a) => (setUpdate(""), settle(t("publicIncident.updatePosted"))(a)),
  });
  const unpublish = useMutation({
    mutationFn: () => unpublishIncident(ticket.id),
    onSuccess: settle(t("publicIncident.unpublished")),
  });
  if (!ticket.abilities.note) return null;
  const data = incident.data;
  const titleValue = title ?? data?.title ?? "";
  const fieldError = (m: typeof publish | typeof post, f: string) =>
    m.error instanceof ApiError ? m.error.fieldError(f) : undefined;
  const submitTitle = (event: FormEvent) => {
    event.preventDefault();
    if (titleValue.trim()) publish.mutate(titleValue.trim());
  };
  const submitUpdate = (event: FormEvent) => {
    event.preventDefault();
    if (update.trim()) post.mutate(update.trim());
  };
  return (
    <section aria-labelledby="public-incident-heading" className="card public-incident">
      <h2 id="public-incident-heading">{t("publicIncident.heading")}</h2>
      {incident.error ? <Problem error={incident.error} /> : null}
      <p className="hint">
        {data?.published
          ? t("publicIncident.onPage", { time: formatDateTime(data.publishedAt!, i18n.language) })
          : t("publicIncident.offPage")}
      </p>
      <form className="stack" onSubmit={submitTitle} noValidate>
        <TextField
          label={t("publicIncident.title")}
          hint={t("publicIncident.titleHint")}
          value={titleValue}
          onChange={(e) => setTitle(e.target.value)}
          maxLength={200}
          error={fieldError(publish, "title")}
        />
        <div className="row end">
          {data?.published ? (
            <button type="button" onClick={() => unpublish.mutate()} disabled={unpublish.isPending}>
              {t("publicIncident.unpublish")}
            </button>
          ) : null}
          <button type="submit" className="primary" disabled={publish.isPending || !titleValue.trim()}>
            {data?.published ? t("publicIncident.retitle") : t("publicIncident.publish")}
          </button>
        </div>
      </form>
      {data?.published ? (
        <form className="stack" onSubmit={submitUpdate} noValidate>
          <TextArea
            label={t("publicIncident.update")}
            value={update}
            onChange={(e) => setUpdate(e.target.value)}
            maxLength={5000}
            rows={3}
            error={fieldError(post, "body")}
          />
          <div className="row end">
            <button type="submit" disabled={post.isPending || !update.trim()}>
              {t("publicIncident.postUpdate")}
            </button>
          </div>
        </form>
      ) : null}
      <Problem error={publish.error ?? post.error ?? unpublish.error} />
      <p role="status" className="hint">
        {done}
      </p>
      {data && data.updates.length > 0 ? (
        <ol className="plain-list">
          {data.updates.map((u) => (
            <li key={u.id}>
              <time dateTime={u.at} className="muted">
                {formatDateTime(u.at, i18n.language)}
              </time>
              <p>
                <bdi>{u.body}</bdi>
              </p>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
