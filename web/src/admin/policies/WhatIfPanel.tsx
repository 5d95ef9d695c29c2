import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { replayUnderDraft, type WhatIf } from "../../api/what-if.ts";
import { TextField } from "../../ui/Field.tsx";
import { AdminProblem, TableScroll, useFieldError } from "../feedback.tsx";
import type { PolicyDefinition } from "../types.ts";
import { PRIORITIES } from "../vocab.ts";

/** The first and last day of the month before the one `now` falls in, as date-input values (YYYY-MM-DD). */
export function lastMonth(now: Date): { from: string; to: string } {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  return { from: day(start), to: day(end) };
}

const share = (rate: number | null, locale: string) =>
  rate === null ? "—" : new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(rate);

function Results({ answer }: { answer: WhatIf }) {
  const { t, i18n } = useTranslation(["admin", "common"]);
  const pct = (rate: number | null) => share(rate, i18n.language);
  const rows = [
    { key: "all", label: t("policies.whatIfAll"), actual: answer.actual, draft: answer.draft },
    ...PRIORITIES.map((p) => ({
      key: p,
      label: t(`common:priority.${p}`),
      actual: answer.actual.by_priority[p],
      draft: answer.draft.by_priority[p],
    })),
  ];
  return (
    <div className="stack" aria-live="polite">
      <p>{t("policies.whatIfReplayed", { count: answer.tickets })}</p>
      <TableScroll label={t("policies.whatIfCompliance")}>
        <table>
          <caption>{t("policies.whatIfCompliance")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("policies.priority")}</th>
              <th scope="col">{t("policies.whatIfResponseActual")}</th>
              <th scope="col">{t("policies.whatIfResponseDraft")}</th>
              <th scope="col">{t("policies.whatIfResolutionActual")}</th>
              <th scope="col">{t("policies.whatIfResolutionDraft")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td>{pct(r.actual.response_met_rate)}</td>
                <td>{pct(r.draft.response_met_rate)}</td>
                <td>{pct(r.actual.resolution_met_rate)}</td>
                <td>{pct(r.draft.resolution_met_rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h3>{t("policies.whatIfFlips", { count: answer.flips.length })}</h3>
      {answer.flips.length === 0 ? (
        <p className="hint">{t("policies.whatIfNoFlips")}</p>
      ) : (
        <ul>
          {answer.flips.map((f) => (
            <li key={`${f.ticket_id}:${f.clock}`}>
              <Link to={`/console/tickets/${f.number}`}>#{f.number}</Link>{" "}
              {t(f.draft === "breached" ? "policies.whatIfWouldBreach" : "policies.whatIfWouldMeet", {
                clock: t(`policies.clockName.${f.clock}`),
                priority: t(`common:priority.${f.priority}`),
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * "Replay a period under this draft": the targets, calendars, pauses and warnings being edited, applied to a past
 * period's tickets of this policy (POST /api/v1/reports/what-if), beside the compliance they really had.
 */
export function WhatIfPanel({ policyId, draft }: { policyId: string; draft: () => PolicyDefinition }) {
  const { t } = useTranslation(["admin", "common"]);
  const [period, setPeriod] = useState(() => lastMonth(new Date()));
  const replay = useMutation({
    mutationFn: () => replayUnderDraft({ ...period, policyId, definition: draft() }),
  });
  const errorAt = useFieldError(replay.error);
  return (
    <section className="section stack" aria-labelledby="policy-what-if">
      <h3 id="policy-what-if">{t("policies.whatIfHeading")}</h3>
      <p className="hint">{t("policies.whatIfHint")}</p>
      <div className="filters">
        <TextField
          type="date"
          label={t("policies.whatIfFrom")}
          value={period.from}
          onChange={(e) => setPeriod({ ...period, from: e.target.value })}
          error={errorAt("from")}
        />
        <TextField
          type="date"
          label={t("policies.whatIfTo")}
          hint={t("policies.whatIfToHint")}
          value={period.to}
          onChange={(e) => setPeriod({ ...period, to: e.target.value })}
          error={errorAt("to")}
        />
      </div>
      <AdminProblem error={replay.error} />
      <div className="form-actions">
        <button type="button" onClick={() => replay.mutate()} disabled={replay.isPending}>
          {replay.isPending ? t("policies.whatIfRunning") : t("policies.whatIfRun")}
        </button>
      </div>
      {replay.data ? <Results answer={replay.data} /> : null}
    </section>
  );
}
