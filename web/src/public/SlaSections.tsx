import { useTranslation } from "react-i18next";
import { inReadersLanguage } from "../app/i18n.ts";
import { dayName, formatDate, formatRanges, todayIso, type PublicCalendar, type PublicSla } from "./publicSla.ts";

/** One calendar's week: a day per row with its hours (or "Closed"), and the time zone they are counted in. */
export function HoursTable({ calendar }: { calendar: PublicCalendar }) {
  const { t, i18n } = useTranslation(["public", "common"]);
  const always = calendar.alwaysOpen;
  return (
    <div className="hours">
      <h3>
        <bdi>{calendar.name}</bdi>
      </h3>
      <p className="hint">{t("sla.timeZone", { zone: calendar.timeZone })}</p>
      {always ? (
        <p>{t("hours.aroundTheClockLong")}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{t("sla.hoursCaption", { name: calendar.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("sla.day")}</th>
              <th scope="col">{t("sla.hours")}</th>
            </tr>
          </thead>
          <tbody>
            {[1, 2, 3, 4, 5, 6, 7].map((day) => {
              const ranges = calendar.weekly.find((w) => w.day === day)?.ranges ?? [];
              return (
                <tr key={day}>
                  <th scope="row">{dayName(day, i18n.language, "long")}</th>
                  <td>
                    {ranges.length ? (
                      <span className="times">{formatRanges(ranges, i18n.language)}</span>
                    ) : (
                      <span className="closed">{t("sla.closed")}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** Holidays from `from` (default today) on, per calendar that has any (support hours do not count on them). */
export function HolidayList({ calendars, from }: { calendars: PublicCalendar[]; from?: string }) {
  const { t, i18n } = useTranslation(["public", "common"]);
  const today = from ?? todayIso();
  const withUpcoming = calendars
    .map((c) => ({
      calendar: c,
      upcoming: c.holidays.filter((h) => h.date >= today).sort((a, b) => a.date.localeCompare(b.date)),
    }))
    .filter((x) => x.upcoming.length > 0);
  if (withUpcoming.length === 0) return <p>{t("sla.noHolidays")}</p>;
  return (
    <>
      <p className="hint">{t("sla.holidaysHint")}</p>
      {withUpcoming.map(({ calendar, upcoming }) => (
        <div key={calendar.id}>
          {withUpcoming.length > 1 ? (
            <h3>
              <bdi>{calendar.name}</bdi>
            </h3>
          ) : null}
          <ul className="holidays">
            {upcoming.map((h) => (
              <li key={`${h.date}-${h.name}`}>
                <time dateTime={h.date}>{formatDate(h.date, i18n.language)}</time> — <bdi>{h.name}</bdi>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

/** Dates with hours of their own (a half day, Ramadan timings, an extra working day), per calendar that has any. */
export function SpecialHoursList({ calendars, from }: { calendars: PublicCalendar[]; from?: string }) {
  const { t, i18n } = useTranslation(["public", "common"]);
  const today = from ?? todayIso();
  const withDays = calendars
    .map((c) => ({ calendar: c, days: (c.specialHours ?? []).filter((d) => d.date >= today) }))
    .filter((x) => x.days.length > 0);
  if (withDays.length === 0) return null;
  return (
    <section aria-labelledby="special-hours-title">
      <h2 id="special-hours-title">{t("sla.specialHoursTitle")}</h2>
      <p className="hint">{t("sla.specialHoursHint")}</p>
      {withDays.map(({ calendar, days }) => (
        <div key={calendar.id}>
          {withDays.length > 1 ? (
            <h3>
              <bdi>{calendar.name}</bdi>
            </h3>
          ) : null}
          <ul className="holidays special-hours">
            {days.map((d) => (
              <li key={d.date}>
                <time dateTime={d.date}>{formatDate(d.date, i18n.language)}</time> —{" "}
                {d.ranges.length ? (
                  <span className="times">{formatRanges(d.ranges, i18n.language)}</span>
                ) : (
                  <span className="closed">{t("sla.closed")}</span>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function contactHref(channel: string, contact: string): string | null {
  const value = contact.trim();
  if (/^https?:\/\//i.test(value) || /^\/[^/]/.test(value)) return value;
  if (channel === "email" && /^[^\s@]+@[^\s@]+$/.test(value)) return `mailto:${value}`;
  if ((channel === "phone" || channel === "whatsapp") && /^\+?[\d\s\-().]{7,}$/.test(value)) {
    const digits = value.replace(/[^\d+]/g, "");
    return channel === "whatsapp" ? `https://wa.me/${digits.replace(/^\+/, "")}` : `tel:${digits}`;
  }
  return null;
}

/** Every channel the desk offers, how to reach it and what to know. */
export function ChannelList({ channels }: { channels: PublicSla["channels"] }) {
  const { t, i18n } = useTranslation(["public", "common"]);
  if (channels.length === 0) return <p>{t("sla.noChannels")}</p>;
  return (
    <ul className="channel-list">
      {channels.map((c) => {
        const href = c.contact ? contactHref(c.channel, c.contact) : null;
        return (
          <li key={c.channel} className="card">
            <h3>{t(`common:channel.${c.channel}`, { defaultValue: c.channel })}</h3>
            {c.contact ? (
              <p className="contact">
                {href ? (
                  <a href={href} dir="ltr">
                    {c.contact}
                  </a>
                ) : (
                  <span dir="auto">{c.contact}</span>
                )}
              </p>
            ) : null}
            {c.instructions || c.instructionsUr ? (
              <p dir="auto">{inReadersLanguage(c.instructions, c.instructionsUr, i18n.language)}</p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
