import { useCallback, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate, useParams, useSearchParams } from "react-router";
import type { LiveEvent } from "../api/live.ts";
import { useLiveEvents } from "../app/live.ts";
import { Problem } from "../ui/Problem.tsx";
import { BulkBar, BulkResults } from "./BulkBar.tsx";
import { useTicketPages, useViews, type TicketListQuery } from "../api/tickets.ts";
import { FilterBar } from "./FilterBar.tsx";
import { rememberQueue } from "./queueMemory.ts";
import { useShortcuts } from "./shortcuts.ts";
import { ShortcutsHelp } from "./ShortcutsHelp.tsx";
import { TicketList } from "./TicketList.tsx";
import type { BulkResult, Ticket } from "./types.ts";
import { ViewActions } from "./ViewActions.tsx";
import { mergedFilters, viewLabel } from "./views.ts";
import { ViewsNav } from "./ViewsNav.tsx";
import { SearchResults } from "../search/SearchResults.tsx";
import "./console.css";

const PAGE_SIZE = 50;

/** The agent's queue: views with live counts, filters in the address, a virtualised ticket list and bulk actions. */
export default function QueuePage() {
  const { t } = useTranslation(["console", "common"]);
  const { view: viewKey } = useParams();
  const [search] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const views = useViews();
  const current = viewKey ? views.data?.find((v) => v.key === viewKey) : undefined;
  const unknownView = Boolean(viewKey && views.data && !current);
  const searchText = search.get("q")?.trim() ?? "";
  const merged = mergedFilters(current, search);
  // Stable while the filters stay the same (the views refetch with new counts on every live event).
  const filtersKey = JSON.stringify(merged);
  const filters = useMemo(() => merged, [filtersKey]);
  const title = viewKey ? (current ? viewLabel(current, t) : viewKey) : t("views.all");
  const waitingForView = Boolean(viewKey && !views.data && !views.error);

  const list = useTicketPages({ ...filters, limit: PAGE_SIZE } as TicketListQuery, [], {
    enabled: !waitingForView && !unknownView,
  });
  const tickets = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const shownIds = useMemo(() => new Set(tickets.map((ticket) => ticket.id)), [tickets]);

  // "Next ticket" on the ticket page follows this list.
  useEffect(() => {
    if (tickets.length > 0)
      rememberQueue({ path: location.pathname + location.search, numbers: tickets.map((ticket) => ticket.number) });
  }, [tickets, location.pathname, location.search]);

  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkResults, setBulkResults] = useState<BulkResult[] | null>(null);
  const [active, setActive] = useState(0);
  const [focusRequest, setFocusRequest] = useState(0);
  const [help, setHelp] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  // Said once, by the ticket page that sent the person back here (e.g. "You no longer have access to #10023").
  const [notice, setNotice] = useState<string>(() => (location.state as { notice?: string } | null)?.notice ?? "");

  // A new view or filter starts a fresh selection.
  useEffect(() => {
    setSelected(new Set());
    setActive(0);
  }, [filters]);

  const onToggle = useCallback((id: string) => {
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);
  const onToggleAll = useCallback(
    (checked: boolean) => setSelected(checked ? new Set(tickets.map((ticket) => ticket.id)) : new Set()),
    [tickets],
  );
  const onOpen = useCallback((ticket: Ticket) => navigate(`/console/tickets/${ticket.number}`), [navigate]);

  const onLive = useCallback(
    (event: LiveEvent) => {
      if (event.kind === "ticket" && event.change === "created")
        setAnnouncement(t("live.newTicket", { number: event.number }));
    },
    [t],
  );
  useLiveEvents(onLive);

  const move = (by: number) => {
    if (tickets.length === 0) return;
    // The first j / k from elsewhere on the page lands on the current row; the next ones move.
    const onRow = document.activeElement?.matches("[role=row][data-index]") ?? false;
    if (onRow) setActive((i) => Math.min(tickets.length - 1, Math.max(0, i + by)));
    setFocusRequest((n) => n + 1);
  };
  useShortcuts({
    j: () => move(1),
    k: () => move(-1),
    Enter: () => {
      const ticket = tickets[active];
      if (ticket) onOpen(ticket);
    },
    "?": () => setHelp(true),
  });

  const total = current && typeof current.count === "number" && [...search.keys()].length === 0 ? current.count : null;

  return (
    <div className="queue-page">
      <div className="spread queue-header">
        <h1>{title}</h1>
        <div className="row">
          <ViewActions current={current} filters={filters} />
          <button type="button" className="link" onClick={() => setHelp(true)}>
            {t("shortcuts.open")}
          </button>
        </div>
      </div>
      <p className="visually-hidden" aria-live="polite" role="status">
        {announcement}
      </p>
      {notice ? (
        <div className="notice spread" role="alert">
          <p>{notice}</p>
          <button type="button" className="link" onClick={() => setNotice("")}>
            {t("common:close")}
          </button>
        </div>
      ) : null}
      <div className="queue-layout">
        <ViewsNav views={views.data ?? []} loading={views.isPending} />
        <div className="queue-main stack">
          <FilterBar effective={filters} />
          {unknownView ? (
            <div className="problem" role="alert">
              <p>{t("views.unknown")}</p>
              <Link to="/console">{t("views.all")}</Link>
            </div>
          ) : null}
          {/* The search box's words go to full-text search (conversation, people, numbers), ranked, with snippets;
              the queue below keeps the tickets whose subject or description holds them, for bulk actions, so the
              results list only the others. */}
          {searchText && !list.isPending ? (
            <SearchResults q={searchText} kinds={["ticket"]} ticketBase="/console/tickets" shown={shownIds} />
          ) : null}
          <Problem error={list.error ?? views.error} />
          <BulkResults results={bulkResults} onDismiss={() => setBulkResults(null)} />
          {list.isPending && !unknownView ? (
            <p className="loading" role="status">
              {t("common:loading")}
            </p>
          ) : null}
          {!list.isPending && tickets.length === 0 && !list.error && !searchText ? (
            <p className="empty">{t("list.empty")}</p>
          ) : null}
          {tickets.length > 0 ? (
            <TicketList
              label={title}
              tickets={tickets}
              total={total}
              hasMore={Boolean(list.hasNextPage)}
              loadingMore={list.isFetchingNextPage}
              loadMore={() => void list.fetchNextPage()}
              selected={selected}
              onToggle={onToggle}
              onToggleAll={onToggleAll}
              active={active}
              setActive={setActive}
              onOpen={onOpen}
              focusRequest={focusRequest}
            />
          ) : null}
          {list.isFetchingNextPage ? (
            <p className="loading" role="status">
              {t("list.loadingMore")}
            </p>
          ) : null}
          {selected.size > 0 ? (
            <BulkBar
              selected={[...selected]}
              onClear={() => setSelected(new Set())}
              onDone={(results) => {
                setBulkResults(results);
                setSelected(new Set(results.filter((r) => !r.ok).map((r) => r.ticketId)));
              }}
            />
          ) : null}
        </div>
      </div>
      <ShortcutsHelp open={help} onClose={() => setHelp(false)} />
    </div>
  );
}
