/** The words of mail we send about tickets, in the requester's language (English or Urdu). Pure: data in, text out. */
export type Language = "en" | "ur";

export type AcknowledgementFacts = {
  number: number;
  subject: string;
  priority: string;
  /** When a first answer and a resolution are promised (null: the SLA promises none). */
  responseDueAt: Date | null;
  resolutionDueAt: Date | null;
  timeZone: string;
};

const PRIORITY_UR: Record<string, string> = { critical: "انتہائی اہم", high: "زیادہ", medium: "درمیانی", low: "کم" };

// Building an Intl.DateTimeFormat costs far more than formatting with one (it showed in the mail bench's profile):
// one per language and time zone, kept. Time zones are few (the people's), so the map stays small.
const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(language: Language, timeZone: string): Intl.DateTimeFormat {
  const key = `${language}|${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language === "ur" ? "ur-PK" : "en-GB", {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone,
    });
    formats.set(key, format);
  }
  return format;
}

function when(at: Date | null, language: Language, timeZone: string, none: string): string {
  if (!at) return none;
  return `${formatFor(language, timeZone).format(at)} (${timeZone})`;
}

/** The acknowledgement of a new request by mail: its number, priority and the times its SLA promises. */
export function acknowledgementText(
  language: Language,
  facts: AcknowledgementFacts,
): { subject: string; text: string } {
  if (language === "ur") {
    return {
      subject: `[#${facts.number}] ${facts.subject}`,
      text: [
        `آپ کی درخواست موصول ہو گئی ہے۔ اس کا نمبر #${facts.number} ہے۔`,
        `ترجیح: ${PRIORITY_UR[facts.priority] ?? facts.priority}`,
        `پہلا جواب: ${when(facts.responseDueAt, language, facts.timeZone, "کوئی وعدہ نہیں")} تک`,
        `حل: ${when(facts.resolutionDueAt, language, facts.timeZone, "کوئی وعدہ نہیں")} تک`,
        "",
        "جواب دینے کے لیے اسی ای میل کا جواب دیں؛ موضوع میں نمبر رہنے دیں۔",
        "— Frontline",
      ].join("\n"),
    };
  }
  return {
    subject: `[#${facts.number}] ${facts.subject}`,
    text: [
      `We have received your request. Its number is #${facts.number}.`,
      `Priority: ${facts.priority}`,
      `First response by: ${when(facts.responseDueAt, language, facts.timeZone, "no time promised")}`,
      `Resolution by: ${when(facts.resolutionDueAt, language, facts.timeZone, "no time promised")}`,
      "",
      "To add anything, reply to this mail and keep the number in the subject.",
      "— Frontline",
    ].join("\n"),
  };
}

/** A public reply of the desk, as mail: the reply, then who wrote it. */
export function replyText(facts: { agentName: string; body: string }): string {
  return `${facts.body}\n\n— ${facts.agentName}`;
}

export type SurveyMailFacts = { number: number; question: string; url: string; expiresAt: Date; timeZone: string };

/** The mail that tells a requester their ticket is resolved and asks the survey's question, with its signed link. */
export function surveyMailText(language: Language, facts: SurveyMailFacts): string {
  if (language === "ur") {
    return [
      `آپ کی درخواست #${facts.number} حل کر دی گئی ہے۔`,
      "",
      facts.question,
      `1 سے 5 تک درجہ دیں اور چاہیں تو تبصرہ لکھیں: ${facts.url}`,
      `یہ لنک ایک بار استعمال ہو سکتا ہے اور ${when(facts.expiresAt, language, facts.timeZone, "")} تک کارآمد ہے۔`,
      "— Frontline",
    ].join("\n");
  }
  return [
    `Your request #${facts.number} has been resolved.`,
    "",
    facts.question,
    `Rate it from 1 to 5, with a comment if you like: ${facts.url}`,
    `The link works once, until ${when(facts.expiresAt, language, facts.timeZone, "")}.`,
    "— Frontline",
  ].join("\n");
}
