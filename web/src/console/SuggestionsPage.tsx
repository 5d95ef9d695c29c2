import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import {
  SUGGESTION_STATUSES,
  triageSuggestion,
  useSuggestions,
  type Suggestion,
  type SuggestionStatus,
} from "../api/suggestions.ts";
import { formatDateTime } from "../app/i18n.ts";
import { SelectField, TextArea } from "../ui/Field.tsx";
import { Problem } from "../ui/Problem.tsx";

/** One suggestion with its triage: the status and the public answer its sender reads. */
function Triage({ suggestion }: { suggestion: Suggestion }) {
  const { t, i18n } = useTranslation(["console", "common"]);
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<SuggestionStatus>(suggestion.status);
  const [answer, setAnswer] = useState(suggestion.publicAnswer);
  const save = useMutation({
    mutationFn: () => triageSuggestion(suggestion.id, { status, publicAnswer: answer }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["suggestions"] }),
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const headingId = `suggestion-${suggestion.id}`;
  return (
    <li className="card stack">
      <h2 id={headingId}>
        <bdi>{suggestion.title}</bdi>
      </h2>
      <p className="hint">
        {t(`suggestions.source.${suggestion.source}`)} · {formatDateTime(suggestion.createdAt, i18n.language)}
        {suggestion.contactEmail ? (
          <>
            {" "}
            · <bdi>{suggestion.contactEmail}</bdi>
          </>
        ) : null}
      </p>
      <p dir="auto">{suggestion.body}</p>
      <form className="stack" onSubmit={onSubmit} aria-labelledby={headingId}>
        <SelectField
          label={t("suggestions.status")}
          value={status}
          onChange={(e) => setStatus(e.target.value as SuggestionStatus)}
        >
          {SUGGESTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`suggestions.statuses.${s}`)}
            </option>
          ))}
        </SelectField>
        <TextArea
          label={t("suggestions.answer")}
          value={answer}
          onChange={(e) => setAnswer(e.target.value)}
          rows={2}
          maxLength={5000}
          dir="auto"
        />
        <Problem error={save.error} />
        <div className="row">
          <button type="submit" className="primary" disabled={save.isPending}>
            {t("suggestions.save")}
          </button>
          <span role="status">{save.isSuccess ? t("suggestions.saved") : null}</span>
        </div>
      </form>
    </li>
  );
}

/** Managers triage improvement suggestions (sent on the portal, the public page, or made of a survey comment). */
export default function SuggestionsPage() {
  const { t } = useTranslation(["console", "common"]);
  const [filter, setFilter] = useState<SuggestionStatus | "">("new");
  const list = useSuggestions(filter);
  return (
    <section className="page" aria-labelledby="suggestions-title">
      <h1 id="suggestions-title">{t("suggestions.title")}</h1>
      <SelectField
        label={t("suggestions.filter")}
        value={filter}
        onChange={(e) => setFilter(e.target.value as SuggestionStatus | "")}
      >
        <option value="">{t("suggestions.all")}</option>
        {SUGGESTION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`suggestions.statuses.${s}`)}
          </option>
        ))}
      </SelectField>
      <Problem error={list.error} />
      {list.data && list.data.items.length === 0 ? <p>{t("suggestions.none")}</p> : null}
      <ul className="stack plain">
        {list.data?.items.map((s) => (
          <Triage key={s.id} suggestion={s} />
        ))}
      </ul>
    </section>
  );
}
