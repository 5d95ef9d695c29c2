import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { logChatInteraction } from "../api/calls.ts";
import { ApiError } from "../app/api.ts";
import { useIdempotencyKey } from "../app/idempotency.ts";
import { SelectField, TextArea, TextField } from "../ui/Field.tsx";
import { Problem } from "../ui/Problem.tsx";
import { CallerLookup } from "./CallerLookup.tsx";
import { IMPACTS, URGENCIES, type CallerMatch, type Impact, type Urgency } from "./types.ts";
import "./console.css";

/** A datetime-local value (the agent's local time) as an instant; empty stays empty. */
const instant = (local: string) => (local ? new Date(local).toISOString() : "");

/**
 * Log a chat held outside the desk (a WhatsApp group it is not in, another chat app), like "Log a call": who asked
 * (looked up by number), when, what, and when and how it was answered — so the ticket's clocks count the chat's times.
 */
export default function LogChatPage() {
  const { t } = useTranslation(["console", "common"]);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [number, setNumber] = useState("");
  const [requesterId, setRequesterId] = useState("");
  const [matches, setMatches] = useState<CallerMatch[] | null>(null);
  const [channel, setChannel] = useState<"whatsapp" | "chat">("whatsapp");
  const [askedAt, setAskedAt] = useState("");
  const [question, setQuestion] = useState("");
  const [subject, setSubject] = useState("");
  const [answered, setAnswered] = useState(true);
  const [answeredAt, setAnsweredAt] = useState("");
  const [answer, setAnswer] = useState("");
  const [impact, setImpact] = useState<Impact>("person");
  const [urgency, setUrgency] = useState<Urgency>("medium");
  const submission = useIdempotencyKey();

  const submit = useMutation({
    mutationFn: () =>
      logChatInteraction(
        {
          channel,
          requesterId,
          askedAt: instant(askedAt),
          question: question.trim(),
          subject: subject.trim(),
          ...(answered ? { answeredAt: instant(answeredAt), answer: answer.trim() } : {}),
          impact,
          urgency,
        },
        { idempotencyKey: submission.key },
      ),
    onSuccess: (result) => {
      submission.renew();
      void queryClient.invalidateQueries({ queryKey: ["tickets"] });
      void queryClient.invalidateQueries({ queryKey: ["view-counts"] });
      navigate(`/console/tickets/${result.ticket.number}`);
    },
  });

  // What the form checks itself once the agent tried to send (the server checks again, times included).
  const [tried, setTried] = useState(false);
  const missing: Record<string, string> = {};
  if (!requesterId) missing.requesterId = t("chatLog.whoRequired");
  if (!askedAt) missing.askedAt = t("chatLog.askedAtRequired");
  if (!question.trim()) missing.question = t("chatLog.questionRequired");
  if (!subject.trim()) missing.subject = t("call.subjectRequired");
  if (answered && !answeredAt) missing.answeredAt = t("chatLog.answeredAtRequired");
  if (answered && !answer.trim()) missing.answer = t("chatLog.answerRequired");
  const local = tried ? missing : {};
  const err = submit.error;
  const fieldError = (name: string) => local[name] ?? (err instanceof ApiError ? err.fieldError(name) : undefined);
  const shown = [
    "requesterId",
    "channel",
    "askedAt",
    "question",
    "subject",
    "answeredAt",
    "answer",
    "impact",
    "urgency",
  ];
  const unshown =
    err instanceof ApiError &&
    (err.errors.length === 0 || err.errors.some((e) => !shown.includes(e.field.replace(/^body\./, ""))));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(missing).length === 0) submit.mutate();
    else requestAnimationFrame(() => document.querySelector<HTMLElement>('.log-chat [aria-invalid="true"]')?.focus());
  };

  return (
    <section className="page medium log-chat">
      <h1>{t("chatLog.title")}</h1>
      <p className="hint">{t("chatLog.intro")}</p>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <CallerLookup
          number={number}
          setNumber={setNumber}
          callerId={requesterId}
          setCallerId={setRequesterId}
          matches={matches}
          setMatches={setMatches}
          error={fieldError("requesterId")}
        />
        <SelectField
          label={t("chatLog.channel")}
          value={channel}
          onChange={(e) => setChannel(e.target.value as "whatsapp" | "chat")}
          error={fieldError("channel")}
        >
          <option value="whatsapp">{t("chatLog.channels.whatsapp")}</option>
          <option value="chat">{t("chatLog.channels.chat")}</option>
        </SelectField>
        <TextField
          label={t("chatLog.askedAt")}
          type="datetime-local"
          value={askedAt}
          onChange={(e) => setAskedAt(e.target.value)}
          required
          error={fieldError("askedAt")}
          hint={t("chatLog.askedAtHint")}
        />
        <TextArea
          label={t("chatLog.question")}
          value={question}
          onChange={(e) => setQuestion(e.target.value)}
          rows={4}
          required
          error={fieldError("question")}
        />
        <TextField
          label={t("call.subject")}
          value={subject}
          onChange={(e) => setSubject(e.target.value)}
          maxLength={200}
          required
          error={fieldError("subject")}
        />
        <fieldset>
          <legend>{t("chatLog.answer")}</legend>
          <label className="choice">
            <input type="checkbox" checked={answered} onChange={(e) => setAnswered(e.target.checked)} />
            <span>{t("chatLog.answered")}</span>
          </label>
          {answered ? (
            <div className="stack">
              <TextField
                label={t("chatLog.answeredAt")}
                type="datetime-local"
                value={answeredAt}
                onChange={(e) => setAnsweredAt(e.target.value)}
                required
                error={fieldError("answeredAt")}
                hint={t("chatLog.answeredAtHint")}
              />
              <TextArea
                label={t("chatLog.answerText")}
                value={answer}
                onChange={(e) => setAnswer(e.target.value)}
                rows={4}
                required
                error={fieldError("answer")}
              />
            </div>
          ) : null}
        </fieldset>
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
        {unshown || (err && !(err instanceof ApiError)) ? <Problem error={err} /> : null}
        {(err instanceof ApiError && !unshown) || Object.keys(local).length > 0 ? (
          <p className="error" role="alert">
            {t("call.fixFields")}
          </p>
        ) : null}
        <div className="row">
          <button type="submit" className="primary" disabled={submit.isPending}>
            {t("chatLog.submit")}
          </button>
        </div>
      </form>
    </section>
  );
}
