import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import type { View } from "./types.ts";
import { viewLabel } from "./views.ts";

function ViewLink({ to, label, count, end }: { to: string; label: string; count: number | null; end?: boolean }) {
  const { t } = useTranslation(["console", "common"]);
  return (
    <li>
      <NavLink to={to} end={end}>
        <span className="view-name">{label}</span>
        {count === null ? null : (
          <>
            {" "}
            <span className="badge count">
              {count}
              <span className="visually-hidden"> {t("views.tickets", { count })}</span>
            </span>
          </>
        )}
      </NavLink>
    </li>
  );
}

const GROUPS = [
  { kind: "standard", heading: "views.standardHeading" },
  { kind: "priority", heading: "views.priorityHeading" },
  { kind: "organization", heading: "views.organizationHeading" },
  { kind: "saved", heading: "views.savedHeading" },
] as const satisfies readonly { kind: View["kind"]; heading: string }[];

/** The views sidebar: every view with its live count, grouped by kind. */
export function ViewsNav({ views, loading }: { views: View[]; loading: boolean }) {
  const { t } = useTranslation(["console", "common"]);
  return (
    <nav aria-label={t("views.label")} className="views-nav">
      <ul>
        <ViewLink to="/console" end label={t("views.all")} count={null} />
      </ul>
      {loading ? <p className="hint">{t("common:loading")}</p> : null}
      {GROUPS.map((group) => {
        const items = views.filter((v) => v.kind === group.kind);
        if (items.length === 0) return null;
        return (
          <div key={group.kind}>
            <h2 className="views-heading">{t(group.heading)}</h2>
            <ul>
              {items.map((view) => (
                <ViewLink
                  key={view.key}
                  to={`/console/views/${encodeURIComponent(view.key)}`}
                  label={viewLabel(view, t)}
                  count={typeof view.count === "number" ? view.count : null}
                />
              ))}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}
