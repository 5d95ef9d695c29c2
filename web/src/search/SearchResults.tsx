import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useSearch, type SearchHit, type SearchKind } from "../api/search.ts";
import { Problem } from "../ui/Problem.tsx";

/** Where a hit opens: articles and tutorials in the knowledge base, tickets on the surface showing them. */
export function hitLink(hit: SearchHit, ticketBase: string): string {
  switch (hit.kind) {
    case "article":
      return `/kb/articles/${hit.id}`;
    case "tutorial":
      return `/kb/tutorials/${hit.id}`;
    case "ticket":
      return `${ticketBase}/${hit.number ?? hit.id}`;
  }
}

/** The snippet as text with its highlighted spans in <mark> (the server sends plain text and spans, never HTML). */
function Snippet({ hit }: { hit: SearchHit }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of hit.highlights) {
    if (start === undefined || end === undefined || start < at) continue;
    parts.push(<Fragment key={`t${at}`}>{hit.snippet.slice(at, start)}</Fragment>);
    parts.push(<mark key={`m${start}`}>{hit.snippet.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(<Fragment key="rest">{hit.snippet.slice(at)}</Fragment>);
  return <p className="meta snippet">{parts}</p>;
}

/**
 * Search results of any kind, best first: a list of links (Tab moves through them, Enter opens), each with its
 * kind, title and snippet. `ticketBase` is where a ticket opens (/console/tickets or /portal/requests); `shown`
 * are the ids of hits the page already lists elsewhere (the console's queue), left out here.
 */
export function SearchResults(props: {
  q: string;
  kinds?: readonly SearchKind[];
  ticketBase: string;
  shown?: ReadonlySet<string>;
}) {
  const { t } = useTranslation("common");
  const found = useSearch(props.q, props.kinds);
  const all = found.data?.items ?? [];
  const items = props.shown ? all.filter((hit) => !props.shown!.has(hit.id)) : all;
  return (
    <section className="search-results stack" aria-label={t("searchResults.label", { q: props.q })}>
      <Problem error={found.error} />
      {found.isPending && found.fetchStatus !== "idle" ? (
        <p className="loading" role="status">
          {t("loading")}
        </p>
      ) : null}
      <p className="visually-hidden" aria-live="polite" role="status">
        {found.isSuccess ? t("searchResults.count", { count: items.length }) : ""}
      </p>
      {found.isSuccess && all.length === 0 ? <p className="empty">{t("searchResults.none", { q: props.q })}</p> : null}
      {items.length > 0 ? (
        <ol className="request-list">
          {items.map((hit) => (
            <li key={`${hit.kind}:${hit.id}`} className="card request">
              <Link to={hitLink(hit, props.ticketBase)} className="request-link">
                <span className="badge">{t(`searchResults.kind.${hit.kind}`)}</span>{" "}
                {hit.number !== undefined ? <span className="number">#{hit.number} </span> : null}
                <bdi>{hit.title}</bdi>
              </Link>
              <Snippet hit={hit} />
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
