import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { ApiError } from "../app/api.ts";
import { useAttachments } from "../api/ticket-work.ts";
import { attachmentUrl } from "../api/ticket-actions.ts";
import { useTicket } from "../api/tickets.ts";
import { formatDateTime } from "../app/i18n.ts";
import { useMe } from "../app/session.tsx";
import { Problem } from "../ui/Problem.tsx";
import { Conversation } from "./Conversation.tsx";
import { Promised } from "./Promised.tsx";
import { RatingForm } from "./RatingForm.tsx";
import { RemoteSessionsSection } from "./RemoteSessionsSection.tsx";
import { VisitsSection } from "./VisitsSection.tsx";
import { ReplyForm } from "./ReplyForm.tsx";
import { isDone, statusTone, type Ticket } from "./types.ts";
import "./portal.css";

type Arrival = { created?: boolean; uploadFailed?: boolean } | null;

/** One request as its requester sees it: status, promised times, the conversation, a reply box and, once done, a rating. */
export default function RequestPage() {
  const { t, i18n } = useTranslation(["portal", "common"]);
  const ref = useParams().ref ?? "";
  const me = useMe();
  const arrival = (useLocation().state ?? null) as Arrival;
  const ticket = useTicket(ref);
  const attachments = useAttachments(ref, ticket.data);

  if (ticket.isPending)
    return (
      <p className="loading" role="status">
        {t("common:loading")}
      </p>
    );
  if (ticket.isError) {
    const missing = ticket.error instanceof ApiError && ticket.error.status === 404;
    return (
      <section className="page narrow portal">
        <h1>{missing ? t("request.notFound") : t("request.loadFailed")}</h1>
        {missing ? <p>{t("request.notFoundBody")}</p> : <Problem error={ticket.error} />}
        <Link to="/portal">{t("request.back")}</Link>
      </section>
    );
  }

  const data = ticket.data;
  const lang = i18n.language;
  const files = attachments.data ?? [];
  return (
    <article className="page medium portal request-page" aria-labelledby="request-title">
      <p className="back">
        <Link to="/portal">{t("request.back")}</Link>
      </p>
      <h1 id="request-title">
        <span className="number">#{data.number}</span> <bdi>{data.subject}</bdi>
      </h1>
      {arrival?.created ? <Confirmation ticket={data} uploadFailed={!!arrival.uploadFailed} /> : null}
      <dl className="facts">
        <div>
          <dt>{t("request.status")}</dt>
          <dd>
            <span className={`badge ${statusTone(data.status)}`}>{t(`common:status.${data.status}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{t("request.priority")}</dt>
          <dd>{t(`common:priority.${data.priority}`)}</dd>
        </div>
        <div>
          <dt>{t("request.opened")}</dt>
          <dd>
            <time dateTime={data.createdAt}>{formatDateTime(data.createdAt, lang)}</time>
          </dd>
        </div>
        <div>
          <dt>{t("request.updated")}</dt>
          <dd>{formatDateTime(data.updatedAt, lang)}</dd>
        </div>
      </dl>

      <section aria-labelledby="promise-title" className="card">
        <h2 id="promise-title">{t("request.promiseTitle")}</h2>
        <Promised ticket={data} />
      </section>

      <section aria-labelledby="description-title">
        <h2 id="description-title">{t("request.description")}</h2>
        <div className="message">
          <div className="body" dir="auto">
            {data.description || t("request.noDescription")}
          </div>
        </div>
      </section>

      {files.length > 0 ? (
        <section aria-labelledby="files-title">
          <h2 id="files-title">{t("request.attachments")}</h2>
          <ul className="files">
            {files.map((f) => (
              <li key={f.id}>
                <a href={attachmentUrl(data.id, f.id)} download={f.filename}>
                  <bdi>{f.filename}</bdi>
                </a>{" "}
                <span className="hint">({formatDateTime(f.createdAt, lang)})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <Conversation ticket={data} refKey={ref} meId={me.id} attachments={files} />

      <VisitsSection ticketId={data.id} refKey={ref} />
      <RemoteSessionsSection refKey={ref} mine={data.requesterId === me.id} />
      {isDone(data.status) && data.requesterId === me.id ? <RatingForm ticket={data} refKey={ref} /> : null}

      {data.abilities.reply ? <ReplyForm ticket={data} refKey={ref} /> : null}
    </article>
  );
}

/** Shown once, right after the request was sent: the reference to quote, and what happens next. */
function Confirmation({ ticket, uploadFailed }: { ticket: Ticket; uploadFailed: boolean }) {
  const { t } = useTranslation(["portal", "common"]);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    panel.current?.focus();
  }, []);
  return (
    <div className="confirmation" role="status" tabIndex={-1} ref={panel}>
      <h2>{t("request.confirmTitle")}</h2>
      <p>{t("request.confirmBody", { reference: `#${ticket.number}` })}</p>
      {uploadFailed ? <p className="error">{t("request.uploadFailed")}</p> : null}
    </div>
  );
}
