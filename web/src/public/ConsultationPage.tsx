import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { isValidPhone, PHONE_MAX_DIGITS, PHONE_MIN_DIGITS } from "../../../src/shared/phone.ts";
import { requestConsultation, usePublicSla, type ConsultationAccepted } from "../api/public.ts";
import { ApiError } from "../app/api.ts";
import { useIdempotencyKey } from "../app/idempotency.ts";
import { TextArea, TextField } from "../ui/Field.tsx";
import { Problem } from "../ui/Problem.tsx";
import { ErrorSummary, useFormErrors, type SummaryItem } from "./ErrorSummary.tsx";
import { formatDate, todayIso } from "./publicSla.ts";
import "./public.css";

const FIELDS = [
  "name",
  "company",
  "email",
  "phone",
  "preferredDate",
  "windowStart",
  "windowEnd",
  "topic",
  "message",
] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

const EMPTY: Values = {
  name: "",
  company: "",
  email: "",
  phone: "",
  preferredDate: "",
  windowStart: "",
  windowEnd: "",
  topic: "",
  message: "",
};
// The server's limits (src/feedback/consultation.ts): checked here first so people see every problem before sending.
const MAX: Record<Field, number> = {
  name: 120,
  company: 160,
  email: 254,
  phone: 40,
  preferredDate: 10,
  windowStart: 5,
  windowEnd: 5,
  topic: 200,
  message: 5000,
};
const HORIZON_DAYS = 90;
const REQUIRED: ReadonlySet<Field> = new Set([
  "name",
  "company",
  "email",
  "phone",
  "preferredDate",
  "windowStart",
  "windowEnd",
  "topic",
]);
const id = (field: Field) => `consultation-${field}`;

/** The public form to ask for a consultation call (no sign-in); it opens a consultation ticket on the desk. */
export default function ConsultationPage() {
  const { t, i18n } = useTranslation(["public", "common"]);
  const [values, setValues] = useState<Values>(EMPTY);
  const [website, setWebsite] = useState("");
  const { errors, summaryRef, show: showErrors, fixing, clear: clearErrors } = useFormErrors<Field>();
  const [done, setDone] = useState<(ConsultationAccepted & { email: string }) | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const submission = useIdempotencyKey();
  // The confirmation replaces the form: move focus to it so it is read out and the page does not lose its place.
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);
  const today = todayIso();
  const lastDay = todayIso(new Date(), HORIZON_DAYS);
  // The window is read in the support calendar's time zone: say which one (the published service levels name it).
  const sla = usePublicSla();
  const zone = sla.data?.calendars.find((c) => !c.alwaysOpen)?.timeZone ?? null;

  // Typing in a field clears its own error; the others stay until the next submit.
  const set = (field: Field) => (event: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [field]: event.target.value }));
    fixing(field);
  };

  const validate = (): Partial<Record<Field, string>> => {
    const found: Partial<Record<Field, string>> = {};
    for (const field of FIELDS) {
      const value = values[field].trim();
      if (REQUIRED.has(field) && !value) found[field] = t(`consultation.errors.required.${field}`);
      else if (value.length > MAX[field]) found[field] = t("consultation.errors.long", { max: MAX[field] });
    }
    if (!found.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim()))
      found.email = t("consultation.errors.email");
    if (!found.phone && !isValidPhone(values.phone))
      found.phone = t("consultation.errors.phone", { min: PHONE_MIN_DIGITS, max: PHONE_MAX_DIGITS });
    if (!found.preferredDate && values.preferredDate < today) found.preferredDate = t("consultation.errors.pastDate");
    else if (!found.preferredDate && values.preferredDate > lastDay)
      found.preferredDate = t("consultation.errors.farDate", { days: HORIZON_DAYS });
    if (!found.windowStart && !found.windowEnd && values.windowStart >= values.windowEnd)
      found.windowEnd = t("consultation.errors.window");
    return found;
  };

  const send = useMutation({
    mutationFn: () =>
      requestConsultation(
        {
          ...(Object.fromEntries(FIELDS.map((f) => [f, values[f].trim()])) as Values),
          website,
        },
        { idempotencyKey: submission.key },
      ),
    onSuccess: (accepted) => {
      submission.renew();
      setDone({ ...accepted, email: values.email.trim() });
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) return;
      const found = error.fieldErrors(FIELDS);
      if (Object.keys(found).length > 0) showErrors(found);
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate();
    if (Object.keys(found).length > 0) return showErrors(found);
    clearErrors();
    send.mutate();
  };

  if (done) {
    return (
      <section className="page narrow public" aria-labelledby="consultation-title">
        <h1 id="consultation-title">{t("consultation.title")}</h1>
        <div className="confirmation" role="status" tabIndex={-1} ref={doneRef}>
          <h2>{t("consultation.doneTitle")}</h2>
          {done.reference ? <p>{t("consultation.doneReference", { reference: done.reference })}</p> : null}
          <p>
            {t("consultation.doneWhen", {
              date: formatDate(done.preferredDate, i18n.language),
              from: done.windowStart,
              to: done.windowEnd,
            })}
          </p>
          {/* Only what happened: a mail is promised only when the server queued one for a configured mail server. */}
          <p>
            {done.confirmationMailQueued
              ? t("consultation.doneEmail", { email: done.email })
              : t("consultation.doneNoEmail")}
          </p>
        </div>
        <button
          type="button"
          onClick={() => {
            setDone(null);
            setValues(EMPTY);
            send.reset();
          }}
        >
          {t("consultation.another")}
        </button>
      </section>
    );
  }

  const summary: SummaryItem[] = FIELDS.filter((f) => errors[f]).map((f) => ({ id: id(f), message: errors[f]! }));
  const rateLimited = send.error instanceof ApiError && send.error.status === 429;
  const field = (name: Field, extra: Record<string, unknown> = {}) => ({
    id: id(name),
    name,
    value: values[name],
    onChange: set(name),
    error: errors[name],
    required: REQUIRED.has(name),
    "aria-required": REQUIRED.has(name) || undefined,
    ...extra,
  });

  return (
    <section className="page narrow public" aria-labelledby="consultation-title">
      <h1 id="consultation-title">{t("consultation.title")}</h1>
      <p>{t("consultation.intro")}</p>
      <form className="stack" noValidate onSubmit={onSubmit}>
        <ErrorSummary
          ref={summaryRef}
          title={t("consultation.errors.summary", { count: summary.length })}
          items={summary}
        />
        <p className="hint">{t("consultation.requiredNote")}</p>
        <TextField label={t("consultation.name")} autoComplete="name" dir="auto" {...field("name")} />
        <TextField label={t("consultation.company")} autoComplete="organization" dir="auto" {...field("company")} />
        <TextField label={t("consultation.email")} type="email" autoComplete="email" dir="ltr" {...field("email")} />
        <TextField
          label={t("consultation.phone")}
          type="tel"
          autoComplete="tel"
          dir="ltr"
          hint={t("consultation.phoneHint")}
          {...field("phone")}
        />
        <TextField
          label={t("consultation.date")}
          type="date"
          min={today}
          max={lastDay}
          hint={t("consultation.dateHint", { days: HORIZON_DAYS })}
          {...field("preferredDate")}
        />
        <fieldset className="window" aria-describedby="consultation-window-hint">
          <legend>{t("consultation.window")}</legend>
          <p className="hint" id="consultation-window-hint">
            {zone ? t("consultation.windowHintZone", { zone }) : t("consultation.windowHint")}
          </p>
          <div className="window-times">
            <TextField label={t("consultation.from")} type="time" {...field("windowStart")} />
            <TextField label={t("consultation.to")} type="time" {...field("windowEnd")} />
          </div>
        </fieldset>
        <TextField label={t("consultation.topic")} hint={t("consultation.topicHint")} dir="auto" {...field("topic")} />
        <TextArea label={t("consultation.message")} rows={5} dir="auto" {...field("message")} />
        {/* A trap for robots: people never see or reach it; the server drops requests that fill it in. */}
        <div className="visually-hidden" aria-hidden="true">
          <label htmlFor="consultation-website">Website</label>
          <input
            id="consultation-website"
            type="text"
            name="website"
            tabIndex={-1}
            autoComplete="off"
            value={website}
            onChange={(e) => setWebsite(e.target.value)}
          />
        </div>
        {rateLimited ? (
          <div className="problem" role="alert">
            <p>{t("consultation.rateLimited")}</p>
          </div>
        ) : summary.length > 0 ? null : (
          <Problem error={send.error} />
        )}
        <div className="row">
          <button type="submit" className="primary" disabled={send.isPending}>
            {send.isPending ? t("consultation.sending") : t("consultation.submit")}
          </button>
        </div>
      </form>
    </section>
  );
}
