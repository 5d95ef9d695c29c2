import { describe, expect, it } from "vitest";
import type { RegularSurvey } from "../../api/regular-surveys.ts";
import { blankDraft, definitionOf, draftOf, freshQuestionId, move, nextRoundDay, withStatus } from "./survey-model.ts";

const saved: RegularSurvey = {
  id: "00000000-0000-4000-8000-000000000001",
  title: "Quarterly check-in",
  titleUr: null,
  questions: [
    { id: "q1", kind: "scale", text: "How satisfied are you?", textUr: null, required: true, satisfaction: true },
    {
      id: "q2",
      kind: "choice",
      text: "Which channel?",
      textUr: "کون سا؟",
      required: false,
      options: ["Phone", "Portal"],
    },
    { id: "q3", kind: "text", text: "Anything else?", textUr: null, required: false },
  ],
  organizationIds: ["00000000-0000-4000-8000-000000000002"],
  recurrence: "quarterly",
  startDate: "2026-01-31",
  windowDays: 14,
  reminderAfterDays: null,
  reminderMax: 0,
  status: "active",
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
};

describe("the regular survey editor's model", () => {
  it("turns a saved survey into a draft and back without changing it", () => {
    expect(definitionOf(draftOf(saved))).toEqual(withStatus(saved, "active"));
  });

  it("sends options one per line, blank lines dropped, and empty Urdu as null", () => {
    const draft = draftOf(saved);
    draft.questions[1] = { ...draft.questions[1]!, options: " Email \n\nPhone\n", textUr: "  " };
    const q = definitionOf(draft).questions[1];
    expect(q).toEqual({
      id: "q2",
      kind: "choice",
      text: "Which channel?",
      textUr: null,
      required: false,
      options: ["Email", "Phone"],
    });
  });

  it("sends half-typed numbers as NaN for the API to name, and no reminder interval as null", () => {
    const draft = { ...blankDraft("2026-12-05"), windowDays: "", reminderAfterDays: " " };
    expect(definitionOf(draft)).toMatchObject({ windowDays: Number.NaN, reminderAfterDays: null, reminderMax: 1 });
  });

  it("gives new questions ids no other question has", () => {
    expect(freshQuestionId([{ id: "q1" }, { id: "q3" }])).toBe("q4");
    expect(freshQuestionId([{ id: "q2" }])).toBe("q3");
    expect(freshQuestionId([{ id: "q2" }, { id: "q3" }, { id: "x" }])).toBe("q4");
  });

  it("moves a question up or down, and not past either end", () => {
    expect(move(["a", "b", "c"], 1, -1)).toEqual(["b", "a", "c"]);
    expect(move(["a", "b", "c"], 1, 1)).toEqual(["a", "c", "b"]);
    expect(move(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(move(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"]);
  });

  it("finds the next round's day on the survey's day of the month", () => {
    expect(nextRoundDay(saved, "2026-01-10")).toBe("2026-01-31");
    expect(nextRoundDay(saved, "2026-01-31")).toBe("2026-01-31");
    expect(nextRoundDay(saved, "2026-02-01")).toBe("2026-04-30");
    expect(nextRoundDay(saved, "2026-12-05")).toBe("2027-01-31");
    expect(nextRoundDay({ ...saved, recurrence: "monthly" }, "2026-02-01")).toBe("2026-02-28");
  });

  it("has no next round for a survey that is not active or ran once", () => {
    expect(nextRoundDay({ ...saved, status: "paused" }, "2026-01-10")).toBeNull();
    expect(nextRoundDay({ ...saved, recurrence: "once" }, "2026-02-01")).toBeNull();
    expect(nextRoundDay({ ...saved, recurrence: "once" }, "2026-01-01")).toBe("2026-01-31");
  });
});
