import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCalendars } from "../data.ts";
import { QueryState, TableScroll } from "../feedback.tsx";
import { adminPath } from "../sections.ts";
import { summarizeWeek } from "./calendar-model.ts";
import { effectiveLabel } from "./CalendarVersions.tsx";

/** /admin/calendars: support-hours calendars with the hours in force now. */
export function CalendarsPage() {
  const { t, i18n } = useTranslation(["admin", "common"]);
  const query = useCalendars();
  return (
    <div className="page">
      <div className="page-head">
        <h1>{t("sections.calendars.title")}</h1>
        <Link to={adminPath("calendars", "new")}>{t("calendars.new")}</Link>
      </div>
      <p className="muted">{t("sections.calendars.description")}</p>
      <QueryState query={query} />
      {query.data ? (
        <TableScroll label={t("sections.calendars.title")}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("calendars.name")}</th>
                <th scope="col">{t("calendars.timezone")}</th>
                <th scope="col">{t("calendars.hoursNow")}</th>
                <th scope="col">{t("calendars.holidays")}</th>
                <th scope="col">{t("calendars.inForceSince")}</th>
              </tr>
            </thead>
            <tbody>
              {query.data.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to={adminPath("calendars", c.id)}>{c.name}</Link>
                  </td>
                  <td>{c.timezone}</td>
                  <td>{summarizeWeek(c.current.definition, t)}</td>
                  <td className="num">
                    {c.current.definition.always ? "—" : (c.current.definition.holidays?.length ?? 0)}
                  </td>
                  <td>{effectiveLabel(c.current.effectiveFrom, i18n.language, t)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </div>
  );
}
