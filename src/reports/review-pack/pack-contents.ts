import type { IndicatorReport } from "../indicators/indicators.ts";
import type { TicketFacts } from "../indicators/ticket-facts.ts";
import { PRIORITIES, type Priority } from "../../shared/enums.ts";

/** A section of the pack: a heading, sentences, and at most one table. */
export type PackSection = {
  heading: string;
  lines: string[];
  table?: { columns: string[]; rows: string[][] };
};

/** Everything a review pack says, in reading order; the PDF only lays it out. */
export type PackDocument = {
  title: string;
  subtitle: string;
  sections: PackSection[];
};

/** A priority's published targets in business minutes. */
export type PublishedTarget = { priority: Priority; respondMinutes: number; resolveMinutes: number };

export type PackInput = {
  organization: string;
  /** YYYY-MM-DD, `to` excluded. */
  period: { from: string; to: string };
  report: IndicatorReport;
  previous: Omit<IndicatorReport, "definitions">;
  /** The tickets the report was folded from (for the breaches' subjects and overruns). */
  facts: readonly TicketFacts[];
  /** The published SLA's targets; null when no SLA is published. */
  targets: readonly PublishedTarget[] | null;
  /** Causes recorded in the period's service review, by ticket id. */
  causes: ReadonlyMap<string, string>;
  /** When the pack was made (ISO). */
  madeAt: string;
};

/** How many breaches and escalations the pack lists (the worst first); the rest are counted. */
export const WORST_LISTED = 10;

const NONE = "—";

/** A share 0–1 as a percentage with one decimal ("—" when nothing was counted). */
export function percent(rate: number | null): string {
  return rate === null ? NONE : `${(rate * 100).toFixed(1)} %`;
}

/** Minutes as "2 h 05 min" (or "45 min"); "—" when there is no figure. */
export function duration(minutes: number | null): string {
  if (minutes === null) return NONE;
  const whole = Math.round(minutes);
  const h = Math.floor(whole / 60);
  const m = whole % 60;
  return h === 0 ? `${m} min` : `${h} h ${String(m).padStart(2, "0")} min`;
}

function change(now: number | null, before: number | null, format: (x: number) => string): string {
  if (now === null || before === null) return NONE;
  const delta = now - before;
  return delta === 0 ? "no change" : `${delta > 0 ? "+" : "-"}${format(Math.abs(delta))}`;
}

const count = (x: number) => String(x);
const points = (x: number) => `${(x * 100).toFixed(1)} pts`;
const minutesChange = (x: number) => duration(x);
const score = (x: number) => x.toFixed(2);

function targetsSection(input: PackInput): PackSection {
  const { sla } = input.report;
  const target = new Map(input.targets?.map((t) => [t.priority, t]) ?? []);
  const rows = PRIORITIES.map((p) => {
    const by = sla.by_priority[p];
    const t = target.get(p);
    return [
      p,
      t ? duration(t.respondMinutes) : NONE,
      percent(by.response_met_rate),
      t ? duration(t.resolveMinutes) : NONE,
      percent(by.resolution_met_rate),
      String(by.count),
    ];
  });
  return {
    heading: "Indicators against the published targets",
    lines: [
      `Response targets met: ${percent(sla.response_met_rate)} of ${sla.response_count} responses; resolution targets met: ${percent(sla.resolution_met_rate)} of ${sla.resolution_count} resolutions.`,
      `Response time (business): mean ${duration(input.report.response.business_minutes.mean)}, median ${duration(input.report.response.business_minutes.median)}, 90th percentile ${duration(input.report.response.business_minutes.p90)}.`,
      `Resolution time (business): mean ${duration(input.report.resolution.business_minutes.mean)}, median ${duration(input.report.resolution.business_minutes.median)}, 90th percentile ${duration(input.report.resolution.business_minutes.p90)}.`,
      `First-contact resolution: ${percent(input.report.first_contact_resolution.rate)} (${input.report.first_contact_resolution.first_contact} of ${input.report.first_contact_resolution.resolved}).`,
      ...(input.targets ? [] : ["No SLA is published, so there are no targets to show."]),
    ],
    table: {
      columns: ["Priority", "Response target", "Response met", "Resolution target", "Resolution met", "Tickets"],
      rows,
    },
  };
}

function trendsSection(input: PackInput): PackSection {
  const now = input.report;
  const before = input.previous;
  const row = (name: string, a: number | null, b: number | null, show: (x: number) => string, diff = show) => [
    name,
    a === null ? NONE : show(a),
    b === null ? NONE : show(b),
    change(a, b, diff),
  ];
  return {
    heading: "Trends",
    lines: [`Compared with the period of the same length before (${before.period.from.slice(0, 10)} onwards).`],
    table: {
      columns: ["Indicator", "This period", "Previous period", "Change"],
      rows: [
        row("Tickets created", now.tickets.created, before.tickets.created, count),
        row("Tickets resolved", now.tickets.resolved, before.tickets.resolved, count),
        row("Backlog at the end", now.tickets.backlog, before.tickets.backlog, count),
        row("Response targets met", now.sla.response_met_rate, before.sla.response_met_rate, percent, points),
        row("Resolution targets met", now.sla.resolution_met_rate, before.sla.resolution_met_rate, percent, points),
        row(
          "Mean response (business)",
          now.response.business_minutes.mean,
          before.response.business_minutes.mean,
          duration,
          minutesChange,
        ),
        row(
          "Mean resolution (business)",
          now.resolution.business_minutes.mean,
          before.resolution.business_minutes.mean,
          duration,
          minutesChange,
        ),
        row(
          "First-contact resolution",
          now.first_contact_resolution.rate,
          before.first_contact_resolution.rate,
          percent,
          points,
        ),
        row("Escalations", now.escalations.count, before.escalations.count, count),
        row("Satisfaction (mean of 1–5)", now.satisfaction.mean, before.satisfaction.mean, score),
      ],
    },
  };
}

/** Breached tickets, the largest overrun of their targets first, each with the cause recorded in the review. */
function breachesSection(input: PackInput): PackSection {
  const facts = new Map(input.facts.map((f) => [f.id, f]));
  const breaches = input.report.sla.breached.map((b) => {
    const f = facts.get(b.ticket_id);
    const clocks = [f?.response, f?.resolution].filter((c) => c?.outcome === "breached");
    const overrun = Math.max(0, ...clocks.map((c) => (c!.usedMs - c!.targetMs) / 60_000));
    return { b, subject: f?.state.subject ?? "", overrun };
  });
  breaches.sort((x, y) => y.overrun - x.overrun || x.b.number - y.b.number);
  const listed = breaches.slice(0, WORST_LISTED);
  return {
    heading: "Worst breaches",
    lines: [
      breaches.length === 0
        ? "No ticket breached its targets in the period."
        : `${breaches.length} tickets breached a target; the ${listed.length} with the largest overrun:`,
    ],
    ...(listed.length > 0 && {
      table: {
        columns: ["Ticket", "Subject", "Priority", "Breached", "Over target", "Cause"],
        rows: listed.map(({ b, subject, overrun }) => [
          `#${b.number}`,
          subject,
          b.priority,
          b.clocks.map((c) => (c.kind === "first_response" ? "response" : "resolution")).join(", "),
          duration(overrun),
          input.causes.get(b.ticket_id) ?? "not yet recorded",
        ]),
      },
    }),
  };
}

function escalationsSection(input: PackInput): PackSection {
  const e = input.report.escalations;
  const listed = e.items.slice(-WORST_LISTED);
  const kinds = Object.entries(e.by_kind)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${n}`);
  return {
    heading: "Escalations and their causes",
    lines: [
      `${e.count} escalations (${kinds.length > 0 ? kinds.join(", ") : "none"}); automatic ${e.by_trigger.automatic}, by hand ${e.by_trigger.manual}.`,
      ...(e.items.length > listed.length ? [`The latest ${listed.length}:`] : []),
    ],
    ...(listed.length > 0 && {
      table: {
        columns: ["Ticket", "When", "Kind", "Level", "Why"],
        rows: listed.map((i) => [
          `#${i.ticket_number}`,
          i.when.slice(0, 16).replace("T", " "),
          `${i.kind} (${i.trigger})`,
          i.level === null ? NONE : String(i.level),
          i.why,
        ]),
      },
    }),
  };
}

function satisfactionSection(input: PackInput): PackSection {
  const s = input.report.satisfaction;
  const spread = (["5", "4", "3", "2", "1"] as const).map((k) => `${k}: ${s.distribution[k]}`).join(", ");
  return {
    heading: "Satisfaction and comments",
    lines: [
      s.responses === 0
        ? "No ratings were given in the period."
        : `${s.responses} ratings, mean ${s.mean?.toFixed(2)} of 5 (${spread}); response rate ${percent(s.response_rate)}.`,
    ],
    ...(s.comments.length > 0 && {
      table: {
        columns: ["Ticket", "Score", "Comment"],
        rows: s.comments.map((c) => [`#${c.ticket_number}`, String(c.score), c.comment]),
      },
    }),
  };
}

/** The review pack of one organization and period: targets, trends, worst breaches, escalations, satisfaction. */
export function packContents(input: PackInput): PackDocument {
  const { created, resolved, backlog } = input.report.tickets;
  return {
    title: `Service review pack: ${input.organization}`,
    subtitle: `${input.period.from} to ${input.period.to} (end excluded) · made ${input.madeAt.slice(0, 16).replace("T", " ")} UTC`,
    sections: [
      {
        heading: "Summary",
        lines: [`${created} tickets created, ${resolved} resolved, ${backlog} open at the end of the period.`],
      },
      targetsSection(input),
      trendsSection(input),
      breachesSection(input),
      escalationsSection(input),
      satisfactionSection(input),
      {
        heading: "Definitions",
        lines: Object.entries(input.report.definitions).map(([k, v]) => `${k.replaceAll("_", " ")}: ${v}`),
      },
    ],
  };
}
