import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { sendPublicSuggestion, useSuggestionStatus } from "../api/suggestions.ts";
import { formatDateTime } from "../app/i18n.ts";
import { TextArea, TextField } from "../ui/Field.tsx";
import { Problem } from "../ui/Problem.tsx";
import "./public.css";

/** The status link's page: the suggestion as sent, where it stands, and the managers' public answer. */
function SuggestionStatus({ token }: { token: string }) {
  const { t, i18n } = useTranslation(["public", "common"]);
  const status = useSuggestionStatus(token);
  const data = status.data;
  return (
    <section className="page narrow public" aria-labelledby="suggestion-title">
      <h1 id="suggestion-title">{t("suggestion.statusTitle")}</h1>
      <Problem error={status.error} />
      {data ? (
        <div className="card stack">
          <h2>
            <bdi>{data.title}</bdi>
          </h2>
          <p dir="auto">{data.body}</p>
          <p>
            <strong>{t(`suggestion.statuses.${data.status}`)}</strong> · {formatDateTime(data.updatedAt, i18n.language)}
          </p>
          <p dir="auto">{data.publicAnswer || t("suggestion.noAnswer")}</p>
        </div>
      ) : null}
    </section>
  );
}

/** Anyone can suggest an improvement without signing in; an address to hear back is optional. */
function SuggestionForm() {
  const { t } = useTranslation(["public", "common"]);
  const [title, setTitle] = useState("");
  const [body, setBody] = useState("");
  const [email, setEmail] = useState("");
  const send = useMutation({
    mutationFn: () =>
      sendPublicSuggestion({
        title: title.trim(),
        body: body.trim(),
        ...(email.trim() ? { contactEmail: email.trim() } : {}),
      }),
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate();
  };
  if (send.data) {
    const path = `/suggestions/status/${send.data.statusToken}`;
    return (
      <section className="page narrow public" aria-labelledby="suggestion-title">
        <h1 id="suggestion-title">{t("suggestion.title")}</h1>
        <div className="card stack" role="status">
          <p>{t("suggestion.thanks")}</p>
          <p>
            <Link to={path}>{t("suggestion.statusLink")}</Link>
          </p>
        </div>
      </section>
    );
  }
  return (
    <section className="page narrow public" aria-labelledby="suggestion-title">
      <h1 id="suggestion-title">{t("suggestion.title")}</h1>
      <form className="card stack" onSubmit={onSubmit}>
        <TextField
          label={t("suggestion.fieldTitle")}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
          maxLength={200}
          dir="auto"
        />
        <TextArea
          label={t("suggestion.fieldBody")}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          required
          rows={5}
          maxLength={5000}
          dir="auto"
        />
        <TextField
          label={t("suggestion.fieldEmail")}
          type="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          maxLength={320}
        />
        <Problem error={send.error} />
        <div className="row end">
          <button type="submit" className="primary" disabled={send.isPending}>
            {t("suggestion.submit")}
          </button>
        </div>
      </form>
    </section>
  );
}

/** `/suggestions/new` (the form) and `/suggestions/status/:token` (the status link). */
export default function SuggestionPage() {
  const token = useParams().token;
  return token ? <SuggestionStatus token={token} /> : <SuggestionForm />;
}
