import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useSuggestions, type SuggestionStatus } from "../api/suggestions.ts";
import { formatDateTime } from "../app/i18n.ts";
import { Problem } from "../ui/Problem.tsx";
import "./portal.css";

// The badge tones the request list uses: still open, going ahead, finished, not going ahead.
const TONE: Record<SuggestionStatus, string> = { new: "normal", planned: "warning", done: "met", declined: "stopped" };

/** /portal/suggestions: the improvements the signed-in person suggested, where each stands and the managers' answer. */
export default function MySuggestionsPage() {
  const { t, i18n } = useTranslation(["portal", "common"]);
  // Signed in as anyone but a manager or admin, the API answers with the person's own suggestions only.
  const suggestions = useSuggestions("");
  const items = suggestions.data?.items ?? [];
  return (
    <section className="page medium portal" aria-labelledby="suggestions-title">
      <div className="spread">
        <h1 id="suggestions-title">{t("suggestions.title")}</h1>
        <Link className="button primary" to="/portal/suggestions/new">
          {t("suggestions.new")}
        </Link>
      </div>
      <p className="muted">{t("suggestions.intro")}</p>
      <Problem error={suggestions.error} />
      {suggestions.isPending ? (
        <p className="loading" role="status">
          {t("common:loading")}
        </p>
      ) : null}
      {suggestions.isSuccess && items.length === 0 ? (
        <div className="card empty">
          <p>{t("suggestions.empty")}</p>
        </div>
      ) : null}
      {items.length > 0 ? (
        <ul className="request-list">
          {items.map((s) => (
            <li key={s.id} className="card request">
              <div className="request-head">
                <h2 className="suggestion-title">
                  <bdi>{s.title}</bdi>
                </h2>
                <span className={`badge ${TONE[s.status]}`}>{t(`suggestions.statuses.${s.status}`)}</span>
              </div>
              <p dir="auto">{s.body}</p>
              <p className="meta">
                <span>{t("suggestions.sent", { time: formatDateTime(s.createdAt, i18n.language) })}</span>
              </p>
              <p>
                <strong>{t("suggestions.answer")}</strong>{" "}
                <span dir="auto">{s.publicAnswer || t("suggestions.noAnswer")}</span>
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
