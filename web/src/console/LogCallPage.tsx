import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { inReadersLanguage } from "../app/i18n.ts";
import { useNavigate, useSearchParams } from "react-router";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { logCall } from "../api/calls.ts";
import { ApiError } from "../app/api.ts";
import { useIdempotencyKey } from "../app/idempotency.ts";
import { SelectField, TextArea, TextField } from "../ui/Field.tsx";
import { Problem } from "../ui/Problem.tsx";
import { CallerLookup } from "./CallerLookup.tsx";
import { CallTimer, elapsedSeconds, type TimerState } from "./CallTimer.tsx";
import { useCategories } from "../api/reference.ts";
import { IMPACTS, URGENCIES, type CallerMatch, type CallOutcome, type Impact, type Urgency } from "./types.ts";
import "./console.css";

/** Log a phone call: who called (looked up by number), notes, how long, and what came of it. */
export default function LogCallPage() {
  const { t, i18n } = useTranslation(["console", "common"]);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const categories = useCategories().data ?? [];
  // A caller pop opens this page with the number (and the person it matched) filled in.
  const [search] = useSearchParams();
  const [number, setNumber] = useState(() => search.get("number") ?? "");
  const [callerId, setCallerId] = useState(() => search.get("callerId") ?? "");
  const [matches, setMatches] = useState<CallerMatch[] | null>(null);
  const [notes, setNotes] = useState("");
  const [timer, setTimer] = useState<TimerState>(() => ({ running: true, startedAt: Date.now(), base: 0 }));
  const [outcome, setOutcome] = useState<CallOutcome>("new_ticket");
  const [existing, setExisting] = useState("");
  const [typedNumber, setTypedNumber] = useState("");
  const [subject, setSubject] = useState("");
  const [categoryId, setCategoryId] = useState("");
  const [impact, setImpact] = useState<Impact>("person");
  const [urgency, setUrgency] = useState<Urgency>("medium");
  // The agent who took the call works the ticket it opens, unless they hand it to routing.
  const [assignToMe, setAssignToMe] = useState(true);

  const caller = matches?.find((m) => m.person.id === callerId);
  const openTickets = caller?.openTickets ?? [];

  const submission = useIdempotencyKey();
  // The duration as of the first attempt of this submission: a resend after a dropped connection must carry the very
  // same body, or the API refuses its key as reused instead of answering the call it already logged.
  const sentDuration = useRef<{ key: string; seconds: number } | null>(null);

  const submit = useMutation({
    mutationFn: async () => {
      if (sentDuration.current?.key !== submission.key)
        sentDuration.current = { key: submission.key, seconds: elapsedSeconds(timer, Date.now()) };
      const ticketId = outcome === "updated_ticket" ? existing || typedNumber.trim() : undefined;
      const newTicket = outcome !== "updated_ticket";
      return logCall(
        {
          callerNumber: number.trim(),
          ...(callerId ? { callerId } : {}),
          direction: "inbound",
          durationSeconds: sentDuration.current.seconds,
          notes,
          outcome,
          ...(ticketId ? { ticketId } : {}),
          ...(newTicket && subject.trim() ? { subject: subject.trim() } : {}),
          ...(newTicket && categoryId ? { categoryId } : {}),
          ...(newTicket ? { impact, urgency, assignToMe } : {}),
        },
        { idempotencyKey: submission.key },
      );
    },
    onSuccess: (answer) => {
      submission.renew();
      void queryClient.invalidateQueries({ queryKey: ["tickets"] });
      void queryClient.invalidateQueries({ queryKey: ["view-counts"] });
      void queryClient.invalidateQueries({ queryKey: ["ticket", String(answer.ticket.number)] });
      navigate(`/console/tickets/${answer.ticket.number}`);
    },
    // A refused request (4xx) gave its key back unused: the corrected resend may carry the timer's current reading.
    onError: (error) => {
      if (error instanceof ApiError && error.status < 500) sentDuration.current = null;
    },
  });

  // What the form checks itself, live once the person tried to send (the server checks again).
  const [tried, setTried] = useState(false);
  const missing: Record<string, string> = {};
  if (!number.trim()) missing.callerNumber = t("call.numberRequired");
  if (!notes.trim()) missing.notes = t("call.notesRequired");
  if (outcome === "updated_ticket" && !existing && !typedNumber.trim()) missing.ticketId = t("call.pickTicket");
  if (outcome !== "updated_ticket" && !subject.trim()) missing.subject = t("call.subjectRequired");
  const local = tried ? missing : {};

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(missing).length === 0) submit.mutate();
    // Take the person to the first field that needs them.
    else requestAnimationFrame(() => document.querySelector<HTMLElement>('.log-call [aria-invalid="true"]')?.focus());
  };

  const err = submit.error;
  const fieldError = (name: string) => local[name] ?? (err instanceof ApiError ? err.fieldError(name) : undefined);
  const shownFields = [
    "callerNumber",
    "callerId",
    "notes",
    "durationSeconds",
    "outcome",
    "ticketId",
    "subject",
    "categoryId",
    "impact",
    "urgency",
    "assignToMe",
  ];
  const unshown =
    err instanceof ApiError &&
    (err.errors.length === 0 || err.errors.some((e) => !shownFields.includes(e.field.replace(/^body\./, ""))));

  return (
    <section className="page medium log-call">
      <h1>{t("call.title")}</h1>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <CallerLookup
          number={number}
          setNumber={setNumber}
          callerId={callerId}
          setCallerId={setCallerId}
          matches={matches}
          setMatches={setMatches}
          error={fieldError("callerNumber") ?? fieldError("callerId")}
        />
        <TextArea
          label={t("call.notes")}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
          rows={5}
          required
          error={fieldError("notes")}
          hint={outcome === "updated_ticket" ? t("call.notesUpdateHint") : t("call.notesHint")}
        />
        <CallTimer timer={timer} setTimer={setTimer} error={fieldError("durationSeconds")} />
        <fieldset>
          <legend>{t("call.outcome")}</legend>
          {(["resolved_on_call", "new_ticket", "updated_ticket"] as const).map((o) => (
            <label key={o} className="choice">
              <input type="radio" name="outcome" value={o} checked={outcome === o} onChange={() => setOutcome(o)} />
              <span>{t(`call.outcomes.${o}`)}</span>
            </label>
          ))}
          {fieldError("outcome") ? <p className="error">{fieldError("outcome")}</p> : null}
        </fieldset>
        {outcome === "updated_ticket" ? (
          <fieldset>
            <legend>{t("call.whichTicket")}</legend>
            {openTickets.length > 0 ? (
              <SelectField
                label={t("call.callerTickets")}
                value={existing}
                onChange={(e) => setExisting(e.target.value)}
              >
                <option value="">{t("call.typeInstead")}</option>
                {openTickets.map((o) => (
                  <option key={o.id} value={o.id}>
                    #{o.number} {o.subject}
                  </option>
                ))}
              </SelectField>
            ) : null}
            {existing ? null : (
              <TextField
                label={t("call.ticketNumber")}
                value={typedNumber}
                onChange={(e) => setTypedNumber(e.target.value)}
                inputMode="numeric"
                hint={t("call.ticketNumberHint")}
                error={fieldError("ticketId")}
              />
            )}
          </fieldset>
        ) : (
          <fieldset>
            <legend>{outcome === "new_ticket" ? t("call.newTicket") : t("call.resolvedTicket")}</legend>
            <div className="stack">
              <TextField
                label={t("call.subject")}
                value={subject}
                onChange={(e) => setSubject(e.target.value)}
                maxLength={200}
                required
                error={fieldError("subject")}
              />
              <SelectField
                label={t("call.category")}
                value={categoryId}
                onChange={(e) => setCategoryId(e.target.value)}
                error={fieldError("categoryId")}
              >
                <option value="">{t("call.noCategory")}</option>
                {categories.map((c) => (
                  <option key={c.id} value={c.id}>
                    {inReadersLanguage(c.name, c.nameUr, i18n.language)}
                  </option>
                ))}
              </SelectField>
              <SelectField
                label={t("call.impact")}
                value={impact}
                onChange={(e) => setImpact(e.target.value as Impact)}
                error={fieldError("impact")}
              >
                {IMPACTS.map((i) => (
                  <option key={i} value={i}>
                    {t(`common:impact.${i}`)}
                  </option>
                ))}
              </SelectField>
              <SelectField
                label={t("call.urgency")}
                value={urgency}
                onChange={(e) => setUrgency(e.target.value as Urgency)}
                error={fieldError("urgency")}
              >
                {URGENCIES.map((u) => (
                  <option key={u} value={u}>
                    {t(`common:urgency.${u}`)}
                  </option>
                ))}
              </SelectField>
              <label className="choice">
                <input
                  type="checkbox"
                  checked={assignToMe}
                  onChange={(e) => setAssignToMe(e.target.checked)}
                  aria-describedby="call-assign-hint"
                />
                <span>{t("call.assignToMe")}</span>
              </label>
              <p className="hint" id="call-assign-hint">
                {t("call.assignToMeHint")}
              </p>
            </div>
          </fieldset>
        )}
        {unshown || (err && !(err instanceof ApiError)) ? <Problem error={err} /> : null}
        {(err instanceof ApiError && !unshown) || Object.keys(local).length > 0 ? (
          <p className="error" role="alert">
            {t("call.fixFields")}
          </p>
        ) : null}
        <div className="row">
          <button type="submit" className="primary" disabled={submit.isPending}>
            {t("call.submit")}
          </button>
        </div>
      </form>
    </section>
  );
}
