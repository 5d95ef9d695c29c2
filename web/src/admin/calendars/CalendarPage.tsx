import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { createCalendar, deleteCalendar, reviseCalendar } from "../../api/calendars.ts";
import { keys, useCalendar, useSave } from "../data.ts";
import { browserTimeZone, ConfirmDialog, QueryState } from "../feedback.tsx";
import { adminPath } from "../sections.ts";
import type { CalendarDetail } from "../types.ts";
import {
  definitionFromState,
  newCalendarState,
  stateFromDefinition,
  type CalendarFormState,
} from "./calendar-model.ts";
import { CalendarForm } from "./CalendarForm.tsx";
import { CalendarVersions, effectiveLabel } from "./CalendarVersions.tsx";

function NewCalendar() {
  const { t } = useTranslation(["admin", "common"]);
  const navigate = useNavigate();
  const create = useSave(
    (s: CalendarFormState) => createCalendar({ name: s.name, definition: definitionFromState(s) }),
    {
      invalidate: [keys.calendars],
      message: t("calendars.created"),
      onSuccess: (c) => navigate(adminPath("calendars", c.id)),
    },
  );
  return (
    <CalendarForm
      mode="create"
      initial={newCalendarState(browserTimeZone())}
      busy={create.isPending}
      error={create.error}
      onSubmit={(s) => create.mutate(s)}
    />
  );
}

function EditCalendar({ calendar }: { calendar: CalendarDetail }) {
  const { t, i18n } = useTranslation(["admin", "common"]);
  const navigate = useNavigate();
  const id = calendar.id;
  const [baseVersionId, setBaseVersionId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const revise = useSave(
    ({ s, effectiveFrom }: { s: CalendarFormState; effectiveFrom: string | undefined }) =>
      reviseCalendar(id, { definition: definitionFromState(s), ...(effectiveFrom ? { effectiveFrom } : {}) }),
    { invalidate: [keys.calendars], message: t("calendars.versionSaved"), onSuccess: () => setBaseVersionId(null) },
  );
  const remove = useSave(() => deleteCalendar(id), {
    invalidate: [keys.calendars],
    message: t("calendars.deleted"),
    onSuccess: () => navigate(adminPath("calendars")),
    leaveFirst: true,
    forget: [keys.calendar(id)],
  });
  const base = calendar.versions.find((v) => v.id === baseVersionId) ?? calendar.current;
  return (
    <>
      <p className="hint">{t("calendars.versionsExplained")}</p>
      <section className="section" aria-labelledby="calendar-edit">
        <h2 id="calendar-edit">{t("calendars.editHeading")}</h2>
        <p className="muted">
          {t("calendars.startingFrom", { date: effectiveLabel(base.effectiveFrom, i18n.language, t) })}
        </p>
        <CalendarForm
          key={`${base.id}:${calendar.versions.length}`}
          mode="revise"
          initial={stateFromDefinition(calendar.name, base.definition)}
          busy={revise.isPending}
          error={revise.error}
          onSubmit={(s, effectiveFrom) => revise.mutate({ s, effectiveFrom })}
        />
      </section>
      <CalendarVersions calendar={calendar} onLoad={(versionId) => setBaseVersionId(versionId)} />
      <section className="section" aria-labelledby="calendar-delete">
        <h2 id="calendar-delete">{t("calendars.deleteHeading")}</h2>
        <p className="hint">{t("calendars.deleteHint")}</p>
        <button
          type="button"
          className="danger"
          onClick={() => {
            remove.reset();
            setConfirming(true);
          }}
        >
          {t("calendars.delete")}
        </button>
      </section>
      <ConfirmDialog
        open={confirming}
        title={t("calendars.deleteTitle", { name: calendar.name })}
        confirmLabel={t("calendars.delete")}
        busy={remove.isPending}
        error={remove.error}
        onConfirm={() => remove.mutate(undefined)}
        onClose={() => setConfirming(false)}
      >
        <p>{t("calendars.deleteConfirm")}</p>
      </ConfirmDialog>
    </>
  );
}

/** /admin/calendars/new and /admin/calendars/:id */
export function CalendarPage() {
  const { t } = useTranslation(["admin", "common"]);
  const { id = "new" } = useParams();
  const query = useCalendar(id === "new" ? "" : id);
  const title = id === "new" ? t("calendars.newTitle") : query.data ? query.data.name : t("calendars.title");
  return (
    <div className="page stack">
      <p className="breadcrumb">
        <Link to={adminPath("calendars")}>{t("sections.calendars.title")}</Link>
      </p>
      <h1>{title}</h1>
      {id === "new" ? (
        <NewCalendar />
      ) : query.data ? (
        <EditCalendar calendar={query.data} />
      ) : (
        <QueryState query={query} />
      )}
    </div>
  );
}
