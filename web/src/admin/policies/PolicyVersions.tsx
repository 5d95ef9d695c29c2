import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../app/i18n.ts";
import { formatMinutes } from "../../ui/format.ts";
import { byId, useCalendars } from "../data.ts";
import { usePeopleNames, useStaff } from "../../api/people.ts";
import { TableScroll } from "../feedback.tsx";
import type { EscalationAction, PolicyDefinition, PolicyDetail, PolicyVersion } from "../types.ts";
import { PRIORITIES } from "../vocab.ts";

const STATE_BADGE = { current: "met", scheduled: "warning", past: "stopped" } as const;

function versionState(v: PolicyVersion, policy: PolicyDetail): keyof typeof STATE_BADGE {
  if (v.id === policy.current?.id) return "current";
  return new Date(v.effectiveFrom) > new Date() ? "scheduled" : "past";
}

/** What one version held, in words and a small table. */
export function DefinitionSummary({ definition, caption }: { definition: PolicyDefinition; caption: string }) {
  const { t } = useTranslation(["admin", "common"]);
  const calendars = byId(useCalendars().data);
  const staff = byId(useStaff().data);
  const units = { d: t("common:units.d"), h: t("common:units.h"), min: t("common:units.min") };
  const fm = (m: number | null) => (m ? formatMinutes(m, units) : "—");
  const action = (a: EscalationAction) =>
    a.type === "notify"
      ? t("policies.summaryNotify", {
          who: [
            ...a.who.map((w) => t(`policies.who.${w}`)),
            ...a.managerIds.map((id) => staff.get(id)?.name ?? id),
          ].join(", "),
          channels: a.channels.map((c) => t(`policies.notifyChannel.${c}`)).join(", "),
        })
      : t(`policies.action.${a.type}`);
  return (
    <div className="stack">
      <TableScroll label={caption}>
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("policies.priority")}</th>
              <th scope="col">{t("policies.respond")}</th>
              <th scope="col">{t("policies.resolve")}</th>
              <th scope="col">{t("policies.nextReply")}</th>
              <th scope="col">{t("policies.calendar")}</th>
            </tr>
          </thead>
          <tbody>
            {PRIORITIES.map((p) => {
              const target = definition.targets[p];
              return (
                <tr key={p}>
                  <th scope="row">{t(`common:priority.${p}`)}</th>
                  <td>{fm(target.firstResponseMinutes)}</td>
                  <td>{fm(target.resolutionMinutes)}</td>
                  <td>{fm(target.nextReplyMinutes)}</td>
                  <td>{calendars.get(target.calendarId)?.name ?? "…"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <dl className="deflist">
        <dt>{t("policies.pauseStatuses")}</dt>
        <dd>{definition.pauseStatuses.map((s) => t(`common:status.${s}`)).join(", ") || t("form.none")}</dd>
        <dt>{t("policies.warningShares")}</dt>
        <dd>{definition.warningShares.map((w) => `${Math.round(w * 1000) / 10}%`).join(", ") || t("form.none")}</dd>
        <dt>{t("policies.escalations")}</dt>
        <dd>
          {definition.escalations.length === 0 ? (
            t("form.none")
          ) : (
            <ol className="changes">
              {definition.escalations.map((l) => (
                <li key={l.level}>
                  {l.offsetMinutes < 0
                    ? t("policies.summaryBefore", {
                        time: formatMinutes(-l.offsetMinutes, units),
                        clock: t(`policies.clockName.${l.clock}`),
                      })
                    : l.offsetMinutes > 0
                      ? t("policies.summaryAfter", {
                          time: formatMinutes(l.offsetMinutes, units),
                          clock: t(`policies.clockName.${l.clock}`),
                        })
                      : t("policies.summaryAt", { clock: t(`policies.clockName.${l.clock}`) })}
                  {": "}
                  {l.actions.map(action).join("; ")}
                </li>
              ))}
            </ol>
          )}
        </dd>
      </dl>
    </div>
  );
}

/** Every version of a policy, newest first, each with what it held; any can seed the editor. */
export function PolicyVersions({ policy, onLoad }: { policy: PolicyDetail; onLoad(versionId: string): void }) {
  const { t, i18n } = useTranslation(["admin", "common"]);
  const names = usePeopleNames(policy.versions.map((v) => v.createdBy));
  const versions = policy.versions.slice().sort((a, b) => b.version - a.version);
  return (
    <div className="rows">
      {versions.map((v) => {
        const state = versionState(v, policy);
        const effective =
          new Date(v.effectiveFrom).getTime() <= 0
            ? t("calendars.theBeginning")
            : formatDateTime(v.effectiveFrom, i18n.language);
        return (
          <details key={v.id} className="row-card" open={state === "current"}>
            <summary>
              <strong>{t("policies.versionN", { n: v.version })}</strong>{" "}
              <span className={`badge ${STATE_BADGE[state]}`}>{t(`versions.${state}`)}</span>{" "}
              {t("policies.effective", { date: effective })}
              <span className="muted-small">
                {" · "}
                {v.createdBy ? (names.get(v.createdBy) ?? "…") : t("versions.system")},{" "}
                {formatDateTime(v.createdAt, i18n.language)}
              </span>
            </summary>
            <DefinitionSummary definition={v.definition} caption={t("policies.versionTargets", { n: v.version })} />
            <button type="button" className="link" onClick={() => onLoad(v.id)}>
              {t("versions.loadIntoEditor")}
              <span className="visually-hidden"> ({t("policies.versionN", { n: v.version })})</span>
            </button>
          </details>
        );
      })}
    </div>
  );
}
