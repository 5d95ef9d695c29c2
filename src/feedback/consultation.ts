import { z } from "zod";
import { phoneProblem } from "../shared/phone.ts";
import { storableText } from "../shared/storable-text.ts";

// The public consultation form's rules, pure: every field is checked and every problem reported at once, so a
// visitor fixes the whole form in one go. Dates are local dates of the support calendar's time zone.

export type ConsultationInput = {
  name: string;
  company: string;
  email: string;
  phone: string;
  preferredDate: string;
  windowStart: string;
  windowEnd: string;
  topic: string;
  message?: string | undefined;
  /** The honeypot: hidden from people, so only robots fill it in. */
  website?: string | undefined;
};

export type ConsultationRequest = Required<Omit<ConsultationInput, "website">>;

export type FieldProblem = { field: string; message: string };

/** How far ahead a consultation may be booked. */
export const BOOKING_HORIZON_DAYS = 90;

export const LIMITS = { name: 120, company: 160, topic: 200, message: 5000, email: 254 } as const;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const storable = storableText();
const email = z.email();

function isRealDate(date: string): boolean {
  if (!DATE.test(date)) return false;
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
}

/**
 * Every problem with a consultation request, by field ("body.phone"), or none. `today` and `lastDay` bound the
 * preferred date (local dates "YYYY-MM-DD" in the support calendar's zone, both included).
 */
export function consultationProblems(input: ConsultationInput, today: string, lastDay: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const say = (field: string, message: string) => problems.push({ field: `body.${field}`, message });
  const text = (field: "name" | "company" | "topic", max: number) => {
    const value = input[field].trim();
    if (!storable.safeParse(value).success) say(field, "must not contain NUL characters or unpaired surrogates");
    else if (value.length === 0) say(field, "required");
    else if (value.length > max) say(field, `at most ${max} characters`);
  };
  text("name", LIMITS.name);
  text("company", LIMITS.company);
  const address = input.email.trim();
  if (address.length > LIMITS.email || !email.safeParse(address).success)
    say("email", "must be an email address such as name@company.com");
  const phone = phoneProblem(input.phone);
  if (phone) say("phone", phone);
  if (!isRealDate(input.preferredDate)) say("preferredDate", "must be a date YYYY-MM-DD");
  else if (input.preferredDate < today) say("preferredDate", `must be today (${today}) or later`);
  else if (input.preferredDate > lastDay)
    say("preferredDate", `must be within ${BOOKING_HORIZON_DAYS} days (by ${lastDay})`);
  const start = TIME.test(input.windowStart);
  const end = TIME.test(input.windowEnd);
  if (!start) say("windowStart", "must be a time HH:MM");
  if (!end) say("windowEnd", "must be a time HH:MM");
  if (start && end && input.windowEnd <= input.windowStart) say("windowEnd", "must be after the start of the window");
  text("topic", LIMITS.topic);
  const message = input.message ?? "";
  if (!storable.safeParse(message).success) say("message", "must not contain NUL characters or unpaired surrogates");
  else if (message.length > LIMITS.message) say("message", `at most ${LIMITS.message} characters`);
  return problems;
}

/** The request as it is stored: text trimmed, the email as typed but trimmed, no honeypot. */
export function cleanConsultation(input: ConsultationInput): ConsultationRequest {
  return {
    name: input.name.trim(),
    company: input.company.trim(),
    email: input.email.trim(),
    phone: input.phone.trim(),
    preferredDate: input.preferredDate,
    windowStart: input.windowStart,
    windowEnd: input.windowEnd,
    topic: input.topic.trim(),
    message: (input.message ?? "").trim(),
  };
}

/** Whether the honeypot was filled in (a robot). */
export function isRobot(input: ConsultationInput): boolean {
  return (input.website ?? "") !== "";
}

/** The ticket's description: every detail the visitor gave, for the agent who calls them back. */
export function consultationDescription(r: ConsultationRequest, timeZone: string): string {
  return [
    "Consultation requested on the public form.",
    "",
    `Name: ${r.name}`,
    `Company: ${r.company}`,
    `Email: ${r.email}`,
    `Phone: ${r.phone}`,
    `Preferred day: ${r.preferredDate}, between ${r.windowStart} and ${r.windowEnd} (${timeZone})`,
    `Topic: ${r.topic}`,
    "",
    r.message || "(no message)",
  ].join("\n");
}

/** The confirmation mail's first line: the reference, the day and the window. */
export function confirmationTitle(number: number, r: ConsultationRequest, timeZone: string): string {
  return `Consultation request #${number} received: ${r.preferredDate}, ${r.windowStart}–${r.windowEnd} (${timeZone})`;
}
