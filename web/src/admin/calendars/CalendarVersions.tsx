import type { Says } from "../../app/i18n.ts";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../app/i18n.ts";
import { usePeopleNames } from "../../api/people.ts";
import { TableScroll } from "../feedback.tsx";
import type { CalendarDetail, CalendarVersion } from "../types.ts";
import { summarizeWeek } from "./calendar-model.ts";

/** The first version reaches back forever: "from the beginning" reads better than 1 January 1970. */
export function effectiveLabel(iso: string, lang: string, t: Says<"admin:calendars.theBeginning">): string {
  return new Date(iso).getTime() <= 0 ? t("admin:calendars.theBeginning") : formatDateTime(iso, lang);
}

function versionState(v: CalendarVersion, current: CalendarVersion): "current" | "scheduled" | "past" {
  if (v.id === current.id) return "current";
  return new Date(v.effectiveFrom) > new Date() ? "scheduled" : "past";
}

const STATE_BADGE = { current: "met", scheduled: "warning", past: "stopped" } as const;

/** Every version of a calendar, oldest effective first, with what each held; any can seed the editor. */
export function CalendarVersions({ calendar, onLoad }: { calendar: CalendarDetail; onLoad(versionId: string): void }) {
  const { t, i18n } = useTranslation(["admin", "common"]);
  const names = usePeopleNames(calendar.versions.map((v) => v.createdBy));
  return (
    <section className="section" aria-labelledby="calendar-versions">
      <h2 id="calendar-versions">{t("calendars.versions")}</h2>
      <TableScroll label={t("calendars.versions")}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("calendars.effectiveFrom")}</th>
              <th scope="col">{t("versions.state")}</th>
              <th scope="col">{t("calendars.holds")}</th>
              <th scope="col">{t("versions.createdBy")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("form.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {calendar.versions.map((v) => {
              const state = versionState(v, calendar.current);
              const holidays = v.definition.holidays?.length ?? 0;
              return (
                <tr key={v.id}>
                  <td>{effectiveLabel(v.effectiveFrom, i18n.language, t)}</td>
                  <td>
                    <span className={`badge ${STATE_BADGE[state]}`}>{t(`versions.${state}`)}</span>
                  </td>
                  <td>
                    <div>{v.definition.timezone}</div>
                    <div>{summarizeWeek(v.definition, t)}</div>
                    <div className="muted-small">{t("calendars.holidayCount", { count: holidays })}</div>
                    {v.definition.overrides && Object.keys(v.definition.overrides).length > 0 ? (
                      <div className="muted-small">
                        {t("calendars.overrideCount", { count: Object.keys(v.definition.overrides).length })}
                      </div>
                    ) : null}
                  </td>
                  <td>
                    {v.createdBy ? (names.get(v.createdBy) ?? "…") : t("versions.system")}
                    <div className="muted-small">{formatDateTime(v.createdAt, i18n.language)}</div>
                  </td>
                  <td>
                    <button type="button" className="link" onClick={() => onLoad(v.id)}>
                      {t("versions.loadIntoEditor")}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
