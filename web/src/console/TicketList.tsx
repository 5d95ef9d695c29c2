import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { useNames } from "./data.ts";
import { usePeopleNames } from "../api/people.ts";
import { TicketRow } from "./TicketRow.tsx";
import type { Ticket } from "./types.ts";

type Props = {
  label: string;
  tickets: Ticket[];
  /** Total rows when known (the view's count), else null. */
  total: number | null;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore(): void;
  selected: ReadonlySet<string>;
  onToggle(id: string): void;
  onToggleAll(checked: boolean): void;
  active: number;
  setActive(index: number): void;
  onOpen(ticket: Ticket): void;
  /** Set by the parent to move focus to a row (j / k). */
  focusRequest: number;
};

/**
 * The queue as an ARIA table whose rows are rendered only while near the viewport (10,000 tickets stay smooth).
 * aria-rowcount / aria-rowindex tell assistive technology where each rendered row sits in the whole list.
 */
export function TicketList({
  label,
  tickets,
  total,
  hasMore,
  loadingMore,
  loadMore,
  selected,
  onToggle,
  onToggleAll,
  active,
  setActive,
  onOpen,
  focusRequest,
}: Props) {
  const { t } = useTranslation(["console", "common"]);
  const names = useNames();
  const bodyRef = useRef<HTMLDivElement>(null);
  const [margin, setMargin] = useState(0);
  const rowHeight = useRowHeight();

  // Where the list starts on the page: read when something above it changes size, never while scrolling.
  useLayoutEffect(() => {
    const el = bodyRef.current;
    if (!el) return;
    const read = () => setMargin(el.getBoundingClientRect().top + window.scrollY);
    read();
    const observer = new ResizeObserver(read);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  // Rows have one fixed height (content is clamped to fit), so 10,000 of them cost no measuring.
  const virtualizer = useWindowVirtualizer({
    count: tickets.length,
    estimateSize: () => rowHeight,
    overscan: 6,
    scrollMargin: margin,
    getItemKey: (index) => tickets[index]?.id ?? index,
  });
  useEffect(() => virtualizer.measure(), [rowHeight, virtualizer]);
  const items = virtualizer.getVirtualItems();
  // One lookup per distinct requester on screen, not one per row.
  const requesters = usePeopleNames(items.map((item) => tickets[item.index]?.requesterId));

  // Fetch the next page when the last rendered row comes near the end of what is loaded.
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    if (hasMore && !loadingMore && last >= tickets.length - 10) loadMore();
  }, [last, hasMore, loadingMore, tickets.length, loadMore]);

  // j / k: bring the row into view, then focus it once it is rendered.
  useEffect(() => {
    if (focusRequest === 0 || tickets.length === 0) return;
    virtualizer.scrollToIndex(active, { align: "auto" });
    const frame = requestAnimationFrame(() => {
      bodyRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`)?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [focusRequest]);

  const allSelected = tickets.length > 0 && tickets.every((ticket) => selected.has(ticket.id));
  const rowCount = total !== null ? total + 1 : hasMore ? -1 : tickets.length + 1;

  return (
    <div role="table" aria-label={label} aria-rowcount={rowCount} className="ticket-table">
      <div role="rowgroup" className="ticket-head">
        <div role="row" aria-rowindex={1} className="ticket-row head">
          <div role="columnheader" className="c-select">
            <input
              type="checkbox"
              checked={allSelected}
              onChange={(e) => onToggleAll(e.target.checked)}
              aria-label={t("list.selectAll")}
              disabled={tickets.length === 0}
            />
          </div>
          <div role="columnheader" className="c-number">
            {t("list.number")}
          </div>
          <div role="columnheader" className="c-subject">
            {t("list.subject")}
          </div>
          <div role="columnheader" className="c-requester">
            {t("list.requester")}
          </div>
          <div role="columnheader" className="c-priority">
            {t("list.priority")}
          </div>
          <div role="columnheader" className="c-status">
            {t("list.status")}
          </div>
          <div role="columnheader" className="c-sla">
            {t("list.sla")}
          </div>
          <div role="columnheader" className="c-assignee">
            {t("list.assignee")}
          </div>
        </div>
      </div>
      <div role="rowgroup" ref={bodyRef} className="ticket-body" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const ticket = tickets[item.index];
          if (!ticket) return null;
          return (
            <TicketRow
              key={item.key}
              ticket={ticket}
              index={item.index}
              start={item.start - virtualizer.options.scrollMargin}
              active={item.index === active}
              selected={selected.has(ticket.id)}
              requester={requesters.get(ticket.requesterId)}
              organization={names.organization(ticket.organizationId)}
              assignee={names.person(ticket.assigneeId)}
              onToggle={onToggle}
              onActivate={setActive}
              onOpen={onOpen}
              height={rowHeight}
            />
          );
        })}
      </div>
    </div>
  );
}

const NARROW = "(max-width: 900px)";

/** The row height in px: taller cards on phones, taller lines in Urdu script, scaled with the root font size. */
function useRowHeight(): number {
  const [narrow, setNarrow] = useState(() => window.matchMedia(NARROW).matches);
  const [rem, setRem] = useState(() => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16);
  const { i18n } = useTranslation();
  const rtl = i18n.dir(i18n.language) === "rtl";
  useEffect(() => {
    const media = window.matchMedia(NARROW);
    const update = () => {
      setNarrow(media.matches);
      setRem(parseFloat(getComputedStyle(document.documentElement).fontSize) || 16);
    };
    media.addEventListener("change", update);
    window.addEventListener("resize", update);
    return () => {
      media.removeEventListener("change", update);
      window.removeEventListener("resize", update);
    };
  }, []);
  const rems = narrow ? (rtl ? 12.5 : 9.75) : rtl ? 4.75 : 3.75;
  return Math.round(rems * rem);
}
