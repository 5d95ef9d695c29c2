import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCannedResponses } from "../api/canned-responses.ts";
import { ApiError } from "../app/api.ts";
import { useDebounced } from "../ui/useDebounced.ts";
import { ArticlePicks } from "./ArticlePicks.tsx";

/** Search the team's canned responses and the knowledge base, and insert one into the message. */
export function CannedPicker({ ticketId, onInsert }: { ticketId: string; onInsert(text: string): void }) {
  const { t } = useTranslation(["console", "common"]);
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState("");
  const list = useCannedResponses(q.trim(), { enabled: open, staleTime: 60_000, retry: false });
  const missing = list.error instanceof ApiError && list.error.status === 404;
  const articleQuery = useDebounced(q.trim(), 300);
  return (
    <details className="canned" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{t("composer.canned")}</summary>
      <div className="stack canned-body">
        <div className="field">
          <label htmlFor="canned-q">{t("composer.cannedSearch")}</label>
          <input id="canned-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        </div>
        {list.isPending ? <p className="hint">{t("common:loading")}</p> : null}
        {missing ? (
          <p className="hint">{t("composer.cannedUnavailable")}</p>
        ) : list.error ? (
          <p className="error">{t("composer.cannedError")}</p>
        ) : null}
        {list.data && list.data.length === 0 ? <p className="hint">{t("composer.cannedNone")}</p> : null}
        <h3 id="picker-canned">{t("composer.cannedHeading")}</h3>
        <ul className="canned-list" aria-labelledby="picker-canned">
          {(list.data ?? []).map((c) => (
            <li key={c.id}>
              <div>
                <strong>{c.title}</strong>
                <p className="hint clamp">{c.body}</p>
              </div>
              <button
                type="button"
                onClick={() => onInsert(c.body)}
                aria-label={t("composer.insertNamed", { title: c.title })}
              >
                {t("composer.insert")}
              </button>
            </li>
          ))}
        </ul>
        {open ? <ArticlePicks ticketId={ticketId} q={articleQuery} onInsert={onInsert} /> : null}
      </div>
    </details>
  );
}
