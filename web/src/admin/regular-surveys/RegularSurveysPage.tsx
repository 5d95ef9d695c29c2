import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useOrganizations } from "../../api/reference.ts";
import {
  updateRegularSurvey,
  useRegularSurvey,
  useRegularSurveys,
  type RegularSurvey,
  type SurveyRound,
} from "../../api/regular-surveys.ts";
import { formatDateTime } from "../../app/i18n.ts";
import { byId, keys, useSave } from "../data.ts";
import { AdminProblem, ConfirmDialog, QueryState, TableScroll } from "../feedback.tsx";
import { adminPath } from "../sections.ts";
import { RegularSurveyEditor } from "./RegularSurveyEditor.tsx";
import { nextRoundDay, withStatus } from "./survey-model.ts";

const today = () => new Date().toISOString().slice(0, 10);
const resultsPath = (id: string, roundId?: string) =>
  `/reports/surveys/${id}${roundId ? `?round=${encodeURIComponent(roundId)}` : ""}`;

/** /admin/regular-surveys (+ /new, /:id): the periodic surveys of client organizations, their rounds and results. */
export function RegularSurveysPage() {
  const { id } = useParams();
  if (id === "new") return <NewRegularSurvey />;
  if (id) return <RegularSurveyDetails id={id} />;
  return <RegularSurveyList />;
}

function RegularSurveyList() {
  const { t } = useTranslation(["admin", "common"]);
  const query = useRegularSurveys();
  const organizations = byId(useOrganizations().data);
  return (
    <div className="page stack">
      <div className="page-head">
        <h1>{t("sections.regular-surveys.title")}</h1>
        <Link to={adminPath("regular-surveys", "new")}>{t("regularSurveys.new")}</Link>
      </div>
      <p className="muted">{t("regularSurveys.intro")}</p>
      <QueryState query={query} />
      {query.data?.length === 0 ? <p className="empty">{t("regularSurveys.none")}</p> : null}
      {query.data?.length ? (
        <TableScroll label={t("sections.regular-surveys.title")}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("regularSurveys.title")}</th>
                <th scope="col">{t("regularSurveys.status")}</th>
                <th scope="col">{t("regularSurveys.recurrence")}</th>
                <th scope="col">{t("regularSurveys.nextRound")}</th>
                <th scope="col">{t("regularSurveys.organizations")}</th>
                <th scope="col">{t("regularSurveys.results")}</th>
              </tr>
            </thead>
            <tbody>
              {query.data.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link to={adminPath("regular-surveys", s.id)}>
                      <bdi>{s.title}</bdi>
                    </Link>
                  </td>
                  <td>
                    <StatusBadge status={s.status} />
                  </td>
                  <td>{t(`regularSurveys.recurrences.${s.recurrence}`)}</td>
                  <td>{nextRoundDay(s, today()) ?? "—"}</td>
                  <td>{s.organizationIds.map((o) => organizations.get(o)?.name ?? o).join(", ")}</td>
                  <td>
                    <Link to={resultsPath(s.id)}>
                      {t("regularSurveys.results")}
                      <span className="visually-hidden"> — {s.title}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </div>
  );
}

function StatusBadge({ status }: { status: RegularSurvey["status"] }) {
  const { t } = useTranslation(["admin", "common"]);
  const tone = status === "active" ? "met" : status === "closed" ? "stopped" : "normal";
  return <span className={`badge ${tone}`}>{t(`regularSurveys.statuses.${status}`)}</span>;
}

function NewRegularSurvey() {
  const { t } = useTranslation(["admin", "common"]);
  return (
    <div className="page stack">
      <p className="breadcrumb">
        <Link to={adminPath("regular-surveys")}>{t("sections.regular-surveys.title")}</Link>
      </p>
      <h1>{t("regularSurveys.newTitle")}</h1>
      <RegularSurveyEditor survey={null} />
    </div>
  );
}

function RegularSurveyDetails({ id }: { id: string }) {
  const { t } = useTranslation(["admin", "common"]);
  const query = useRegularSurvey(id);
  const survey = query.data?.survey;
  return (
    <div className="page stack">
      <p className="breadcrumb">
        <Link to={adminPath("regular-surveys")}>{t("sections.regular-surveys.title")}</Link>
      </p>
      <div className="page-head">
        <h1>
          <bdi>{survey?.title ?? t("sections.regular-surveys.title")}</bdi>
        </h1>
        {survey ? <Link to={resultsPath(survey.id)}>{t("regularSurveys.seeResults")}</Link> : null}
      </div>
      <QueryState query={query} />
      {survey && query.data ? (
        <>
          <StatusActions survey={survey} />
          <Rounds survey={survey} rounds={query.data.rounds} />
          {/* Keyed by the saved version: after a save the form starts again from what the server kept. */}
          <RegularSurveyEditor key={survey.updatedAt} survey={survey} />
        </>
      ) : null}
    </div>
  );
}

type Move = { status: RegularSurvey["status"]; label: "activate" | "pause" | "resume" | "close" };

/** What can happen next from each status; closing asks first, as a closed survey opens no more rounds. */
function movesFrom(status: RegularSurvey["status"]): Move[] {
  switch (status) {
    case "draft":
      return [
        { status: "active", label: "activate" },
        { status: "closed", label: "close" },
      ];
    case "active":
      return [
        { status: "paused", label: "pause" },
        { status: "closed", label: "close" },
      ];
    case "paused":
      return [
        { status: "active", label: "resume" },
        { status: "closed", label: "close" },
      ];
    case "closed":
      return [];
  }
}

function StatusActions({ survey }: { survey: RegularSurvey }) {
  const { t } = useTranslation(["admin", "common"]);
  const [closing, setClosing] = useState(false);
  const next = nextRoundDay(survey, today());
  const change = useSave(
    (status: RegularSurvey["status"]) => updateRegularSurvey(survey.id, withStatus(survey, status)),
    {
      invalidate: [keys.regularSurveys],
      message: (saved) => t("regularSurveys.statusChanged", { status: t(`regularSurveys.statuses.${saved.status}`) }),
      onSuccess: () => setClosing(false),
    },
  );
  return (
    <section className="section stack" aria-labelledby="regular-survey-status">
      <h2 id="regular-survey-status">{t("regularSurveys.statusTitle")}</h2>
      <p>
        <StatusBadge status={survey.status} /> {t(`regularSurveys.statusMeaning.${survey.status}`)}{" "}
        {next ? t("regularSurveys.nextRoundOn", { day: next }) : null}
      </p>
      <div className="row">
        {movesFrom(survey.status).map((m) => (
          <button
            key={m.label}
            type="button"
            className={m.label === "close" ? "danger" : undefined}
            disabled={change.isPending}
            onClick={() => (m.label === "close" ? setClosing(true) : change.mutate(m.status))}
          >
            {t(`regularSurveys.moves.${m.label}`)}
          </button>
        ))}
      </div>
      {closing ? null : <AdminProblem error={change.error} />}
      <ConfirmDialog
        open={closing}
        title={t("regularSurveys.closeTitle", { title: survey.title })}
        confirmLabel={t("regularSurveys.moves.close")}
        busy={change.isPending}
        error={change.error}
        onConfirm={() => change.mutate("closed")}
        onClose={() => setClosing(false)}
      >
        <p>{t("regularSurveys.closeConfirm")}</p>
      </ConfirmDialog>
    </section>
  );
}

function Rounds({ survey, rounds }: { survey: RegularSurvey; rounds: SurveyRound[] }) {
  const { t, i18n } = useTranslation(["admin", "common"]);
  const rate = (r: SurveyRound) =>
    r.invited === 0
      ? "—"
      : new Intl.NumberFormat(i18n.language === "ur" ? "ur-PK" : "en-GB", {
          style: "percent",
          maximumFractionDigits: 1,
        }).format(r.responses / r.invited);
  return (
    <section className="section stack" aria-labelledby="regular-survey-rounds">
      <h2 id="regular-survey-rounds">{t("regularSurveys.rounds")}</h2>
      {rounds.length === 0 ? (
        <p className="empty">{t("regularSurveys.noRounds")}</p>
      ) : (
        <TableScroll label={t("regularSurveys.rounds")}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("regularSurveys.round")}</th>
                <th scope="col">{t("regularSurveys.opens")}</th>
                <th scope="col">{t("regularSurveys.closes")}</th>
                <th scope="col" className="num">
                  {t("regularSurveys.invited")}
                </th>
                <th scope="col" className="num">
                  {t("regularSurveys.responses")}
                </th>
                <th scope="col" className="num">
                  {t("regularSurveys.responseRate")}
                </th>
                <th scope="col">{t("regularSurveys.results")}</th>
              </tr>
            </thead>
            <tbody>
              {rounds.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    {r.periodStart} {r.open ? <span className="badge met">{t("regularSurveys.roundOpen")}</span> : null}
                  </th>
                  <td>{formatDateTime(r.opensAt, i18n.language)}</td>
                  <td>{formatDateTime(r.closesAt, i18n.language)}</td>
                  <td className="num">{r.invited}</td>
                  <td className="num">{r.responses}</td>
                  <td className="num">{rate(r)}</td>
                  <td>
                    <Link to={resultsPath(survey.id, r.id)}>
                      {t("regularSurveys.results")}
                      <span className="visually-hidden"> — {r.periodStart}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
