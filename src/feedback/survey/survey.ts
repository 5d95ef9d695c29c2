import { z } from "zod";

// The post-resolution survey's rules: which resolved tickets are surveyed and for how long a link holds.
// Pure: data and the instant in, decision out.

/** How the post-resolution survey is run (admin-set, audited; `settings` row `survey.post_resolution`). */
export type SurveySettings = {
  enabled: boolean;
  /** The question above the 1–5 scale and the comment, in English and (optionally) Urdu. */
  question: string;
  questionUr: string | null;
  /** The share of resolved tickets surveyed, 0–100 %. */
  samplingPercent: number;
  /** No requester is asked again within this many days of their last survey. */
  cooldownDays: number;
  /** How long a mailed link can be answered. */
  linkDays: number;
};

export const SURVEY_QUESTION_MAX = 300;

export const SurveySettingsSchema = z.object({
  enabled: z.boolean(),
  question: z.string().trim().min(1).max(SURVEY_QUESTION_MAX), // checked-text: reads back what the request schema (storableText) let in
  questionUr: z.string().trim().max(SURVEY_QUESTION_MAX).nullable(), // checked-text: as above
  samplingPercent: z.number().int().min(0).max(100),
  cooldownDays: z.number().int().min(0).max(365),
  linkDays: z.number().int().min(1).max(90),
});

/** Off until an admin turns it on: nobody is mailed a survey they did not expect from a fresh install. */
export const DEFAULT_SURVEY_SETTINGS: SurveySettings = {
  enabled: false,
  question: "How satisfied are you with how your request was handled?",
  questionUr: "آپ کی درخواست جس طرح نمٹائی گئی، آپ اس سے کتنے مطمئن ہیں؟",
  samplingPercent: 100,
  cooldownDays: 30,
  linkDays: 14,
};

/** Stored settings read back: anything missing or malformed falls back to the default, field by field. */
export function readSurveySettings(stored: unknown): SurveySettings {
  const parsed = SurveySettingsSchema.partial().safeParse(stored ?? {});
  return { ...DEFAULT_SURVEY_SETTINGS, ...(parsed.success ? stripUndefined(parsed.data) : {}) };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Whether a ticket falls in the sample: a fixed function of its id (FNV-1a, 0–99), so the same ticket is always in
 * or out — a reopened and resolved-again ticket is not drawn twice — and tests know the answer.
 */
export function inSample(ticketId: string, samplingPercent: number): boolean {
  if (samplingPercent >= 100) return true;
  if (samplingPercent <= 0) return false;
  return sampleBucket(ticketId) < samplingPercent;
}

/** The ticket's bucket, 0–99. */
export function sampleBucket(ticketId: string): number {
  let hash = 0x811c9dc5;
  for (const ch of ticketId) {
    hash ^= ch.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 100;
}

export type SurveyDecision = { offer: true } | { offer: false; why: "disabled" | "not_sampled" | "asked_recently" };

/**
 * Whether a requester whose ticket was just resolved is surveyed: the survey is on, the ticket is in the sample,
 * and their last survey (of any ticket) is at least `cooldownDays` old.
 */
export function decideSurvey(
  settings: SurveySettings,
  facts: { ticketId: string; lastSurveyAt: Date | null; now: Date },
): SurveyDecision {
  if (!settings.enabled) return { offer: false, why: "disabled" };
  if (!inSample(facts.ticketId, settings.samplingPercent)) return { offer: false, why: "not_sampled" };
  const quietUntil = facts.lastSurveyAt ? facts.lastSurveyAt.getTime() + settings.cooldownDays * 86_400_000 : null;
  if (quietUntil !== null && facts.now.getTime() < quietUntil) return { offer: false, why: "asked_recently" };
  return { offer: true };
}

/** What an answer may be, checked the same way for the link and the portal. */
export const SURVEY_COMMENT_MAX = 2000;
