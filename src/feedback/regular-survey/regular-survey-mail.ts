// The mail that carries a regular survey's link, and its reminder. Pure: facts in, text out.

export type RegularSurveyMailFacts = {
  title: string;
  url: string;
  closesAt: Date;
  /** 0 for the invitation, 1, 2, … for reminders. */
  reminder: number;
};

/** The public page that takes a regular survey's answers (no sign-in), opening in the person's language. */
export function regularSurveyUrl(publicUrl: string, token: string, language: "en" | "ur"): string {
  return `${publicUrl.replace(/\/+$/, "")}/survey/regular/${token}${language === "ur" ? "?lang=ur" : ""}`;
}

const day = (at: Date) => at.toISOString().slice(0, 10);

/** The subject and body of the invitation or a reminder, in English or Urdu. */
export function regularSurveyMail(
  language: "en" | "ur",
  facts: RegularSurveyMailFacts,
): { subject: string; text: string } {
  if (language === "ur") {
    return {
      subject: facts.reminder > 0 ? `یاد دہانی: ${facts.title}` : facts.title,
      text: [
        facts.reminder > 0
          ? "ہم نے ابھی تک آپ کا جواب نہیں پایا۔"
          : "ہماری خدمات بہتر بنانے کے لیے چند سوالات کے جواب دیں:",
        facts.url,
        `یہ لنک ایک بار استعمال ہو سکتا ہے اور ${day(facts.closesAt)} تک کارآمد ہے۔`,
        "— Frontline",
      ].join("\n"),
    };
  }
  return {
    subject: facts.reminder > 0 ? `Reminder: ${facts.title}` : facts.title,
    text: [
      facts.reminder > 0
        ? "We have not had your answers yet; it takes a few minutes:"
        : "Please help us improve our service by answering a few questions:",
      facts.url,
      `The link works once, until ${day(facts.closesAt)} (UTC).`,
      "— Frontline",
    ].join("\n"),
  };
}
