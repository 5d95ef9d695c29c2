import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { usePeopleNames } from "../api/people.ts";
import { useTicketPages } from "../api/tickets.ts";
import { formatDateTime } from "../app/i18n.ts";
import { useMe } from "../app/session.tsx";
import { SurveysForYou } from "../feedback/SurveysForYou.tsx";
import { GettingStarted } from "../tutorials/GettingStarted.tsx";
import { Problem } from "../ui/Problem.tsx";
import { SearchResults } from "../search/SearchResults.tsx";
import { Promised } from "./Promised.tsx";
import { statusTone, type Ticket } from "./types.ts";
import "./portal.css";

type Scope = "mine" | "organization";

/** The signed-in person's requests (or, for an organization's manager, everyone's there), newest activity first. */
export default function MyRequestsPage() {
  const { t, i18n } = useTranslation(["portal", "common"]);
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const scope: Scope = me.orgManager && params.get("show") === "organization" ? "organization" : "mine";
  const filter = scope === "mine" ? { requesterId: me.id } : { organizationId: me.organizationId };

  const searchText = params.get("q")?.trim() ?? "";
  const [typed, setTyped] = useState(searchText);
  const tickets = useTicketPages({ ...filter, sort: "updated", limit: 25 }, ["portal", scope]);
  const items = tickets.data?.pages.flatMap((p) => p.items) ?? [];
  // Managers see colleagues' requests: name who raised each one (each person fetched once, however many there are).
  const names = usePeopleNames(scope === "organization" ? items.map((ticket) => ticket.requesterId) : []);

  const searchFor = (q: string) => {
    const copy = new URLSearchParams(params);
    if (q.trim()) copy.set("q", q.trim());
    else copy.delete("q");
    setParams(copy, { replace: true });
  };

  const choose = (next: Scope) => {
    const copy = new URLSearchParams(params);
    if (next === "organization") copy.set("show", "organization");
    else copy.delete("show");
    setParams(copy, { replace: true });
  };

  return (
    <section className="page medium portal" aria-labelledby="requests-title">
      <div className="spread">
        <h1 id="requests-title">{t("list.title")}</h1>
        <Link className="button primary" to="/portal/new">
          {t("list.new")}
        </Link>
      </div>

      {me.orgManager ? (
        <fieldset className="segmented">
          <legend>{t("list.show")}</legend>
          {(["mine", "organization"] as const).map((value) => (
            <label key={value} className={scope === value ? "chosen" : undefined}>
              <input type="radio" name="scope" value={value} checked={scope === value} onChange={() => choose(value)} />
              {t(`list.scope.${value}`)}
            </label>
          ))}
        </fieldset>
      ) : null}

      <GettingStarted />
      <SurveysForYou />
      <form
        role="search"
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          searchFor(typed);
        }}
      >
        <label htmlFor="portal-search" className="visually-hidden">
          {t("list.search")}
        </label>
        <input
          id="portal-search"
          type="search"
          value={typed}
          placeholder={t("list.searchPlaceholder")}
          onChange={(e) => {
            setTyped(e.target.value);
            if (e.target.value === "") searchFor("");
          }}
        />
        <button type="submit">{t("common:search")}</button>
      </form>
      {searchText ? <SearchResults q={searchText} ticketBase="/portal/requests" /> : null}

      <Problem error={tickets.error} />
      {tickets.isPending ? (
        <p className="loading" role="status">
          {t("common:loading")}
        </p>
      ) : null}

      {tickets.isSuccess && items.length === 0 ? (
        <div className="card empty">
          <p>{scope === "mine" ? t("list.emptyMine") : t("list.emptyOrganization")}</p>
          <Link to="/portal/new">{t("list.emptyAction")}</Link>
        </div>
      ) : null}

      {items.length > 0 ? (
        <>
          <p className="visually-hidden" aria-live="polite">
            {t("list.count", { count: items.length })}
          </p>
          <ul className="request-list">
            {items.map((ticket) => (
              <RequestItem
                key={ticket.id}
                ticket={ticket}
                lang={i18n.language}
                raisedBy={
                  scope === "organization"
                    ? ticket.requesterId === me.id
                      ? t("list.you")
                      : (names.get(ticket.requesterId) ?? t("list.colleague"))
                    : null
                }
              />
            ))}
          </ul>
        </>
      ) : null}

      {tickets.hasNextPage ? (
        <button type="button" onClick={() => void tickets.fetchNextPage()} disabled={tickets.isFetchingNextPage}>
          {tickets.isFetchingNextPage ? t("common:loading") : t("list.more")}
        </button>
      ) : null}
    </section>
  );
}

function RequestItem({ ticket, lang, raisedBy }: { ticket: Ticket; lang: string; raisedBy: string | null }) {
  const { t } = useTranslation(["portal", "common"]);
  return (
    <li className="card request">
      <div className="request-head">
        <Link to={`/portal/requests/${ticket.number}`} className="request-link">
          <span className="number">#{ticket.number}</span> <bdi>{ticket.subject}</bdi>
        </Link>
        <span className={`badge ${statusTone(ticket.status)}`}>{t(`common:status.${ticket.status}`)}</span>
      </div>
      <p className="meta">
        <span>{t("list.updated", { time: formatDateTime(ticket.updatedAt, lang) })}</span>
        {raisedBy !== null ? <span>{t("list.raisedBy", { name: raisedBy })}</span> : null}
      </p>
      <Promised ticket={ticket} compact />
    </li>
  );
}
