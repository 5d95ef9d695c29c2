import { describe, expect, it } from "vitest";
import { DEFAULT_SURVEY_SETTINGS, decideSurvey, inSample, readSurveySettings, sampleBucket } from "./survey.ts";

const on = { ...DEFAULT_SURVEY_SETTINGS, enabled: true };
const now = new Date("2026-03-10T09:00:00Z");
const ids = Array.from({ length: 1000 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`);

describe("the post-resolution survey's rules", () => {
  it("surveys nobody while it is off, whatever the sample", () => {
    expect(decideSurvey(DEFAULT_SURVEY_SETTINGS, { ticketId: ids[0]!, lastSurveyAt: null, now })).toEqual({
      offer: false,
      why: "disabled",
    });
  });

  it("draws each ticket into the sample by a fixed function of its id: 0 % none, 100 % all, 30 % about 3 in 10", () => {
    expect(ids.filter((id) => inSample(id, 0))).toHaveLength(0);
    expect(ids.filter((id) => inSample(id, 100))).toHaveLength(1000);
    const thirty = ids.filter((id) => inSample(id, 30)).length;
    expect(thirty).toBeGreaterThan(240);
    expect(thirty).toBeLessThan(360);
    // The same ticket always lands in the same bucket, and a larger rate keeps everyone a smaller one took.
    for (const id of ids.slice(0, 50)) {
      expect(sampleBucket(id)).toBe(sampleBucket(id));
      if (inSample(id, 30)) expect(inSample(id, 60)).toBe(true);
    }
    const out = ids.find((id) => !inSample(id, 30))!;
    expect(decideSurvey({ ...on, samplingPercent: 30 }, { ticketId: out, lastSurveyAt: null, now })).toEqual({
      offer: false,
      why: "not_sampled",
    });
  });

  it("asks a requester again only once the cooldown since their last survey has passed", () => {
    const days = (n: number) => new Date(now.getTime() - n * 86_400_000);
    const decide = (lastSurveyAt: Date | null) =>
      decideSurvey({ ...on, cooldownDays: 30 }, { ticketId: ids[0]!, lastSurveyAt, now });
    expect(decide(null)).toEqual({ offer: true });
    expect(decide(days(29))).toEqual({ offer: false, why: "asked_recently" });
    expect(decide(new Date(days(30).getTime() + 1))).toEqual({ offer: false, why: "asked_recently" });
    expect(decide(days(30))).toEqual({ offer: true });
    expect(decideSurvey({ ...on, cooldownDays: 0 }, { ticketId: ids[0]!, lastSurveyAt: now, now })).toEqual({
      offer: true,
    });
  });

  it("reads stored settings field by field, falling back to the defaults for anything missing or malformed", () => {
    expect(readSurveySettings(undefined)).toEqual(DEFAULT_SURVEY_SETTINGS);
    expect(readSurveySettings({ enabled: true, samplingPercent: 40 })).toEqual({
      ...DEFAULT_SURVEY_SETTINGS,
      enabled: true,
      samplingPercent: 40,
    });
    expect(readSurveySettings({ samplingPercent: 400 })).toEqual(DEFAULT_SURVEY_SETTINGS);
  });
});
