import { describe, expect, it } from "vitest";
import {
  addMonths,
  checkAnswers,
  dueReminder,
  dueRound,
  SurveyDefinition,
  type SurveyQuestion,
  type SurveySchedule,
} from "./regular-survey.ts";
import { roundResults } from "./survey-results.ts";

const quarterly: SurveySchedule = {
  recurrence: "quarterly",
  startDate: "2026-01-15",
  windowDays: 14,
  reminderAfterDays: 5,
  reminderMax: 2,
};
const at = (iso: string) => new Date(iso);

const questions: SurveyQuestion[] = [
  { id: "overall", kind: "scale", text: "How satisfied are you?", textUr: null, required: true, satisfaction: true },
  {
    id: "channel",
    kind: "choice",
    text: "How do you reach us?",
    textUr: null,
    required: false,
    options: ["Mail", "Phone"],
  },
  { id: "better", kind: "text", text: "What should we do better?", textUr: null, required: false },
];

describe("when a regular survey's round is due", () => {
  it("opens nothing before the start day, then the round of the latest start whose window is still running", () => {
    expect(dueRound(quarterly, at("2026-01-14T23:59:59Z"))).toBeNull();
    expect(dueRound(quarterly, at("2026-01-15T00:00:00Z"))).toMatchObject({ periodStart: "2026-01-15" });
    expect(dueRound(quarterly, at("2026-01-28T23:59:59Z"))?.closesAt).toEqual(at("2026-01-29T00:00:00Z"));
    expect(dueRound(quarterly, at("2026-01-29T00:00:00Z"))).toBeNull();
    expect(dueRound(quarterly, at("2026-04-15T08:00:00Z"))).toMatchObject({ periodStart: "2026-04-15" });
    expect(dueRound(quarterly, at("2027-01-20T08:00:00Z"))).toMatchObject({ periodStart: "2027-01-15" });
  });

  it("does not open a round whose whole window was missed (its links would already have expired)", () => {
    expect(dueRound(quarterly, at("2026-03-01T00:00:00Z"))).toBeNull();
  });

  it("runs a once-only survey a single time, and keeps monthly rounds on the day, or the month's last", () => {
    const once = { ...quarterly, recurrence: "once" as const };
    expect(dueRound(once, at("2026-01-20T00:00:00Z"))).toMatchObject({ periodStart: "2026-01-15" });
    expect(dueRound(once, at("2026-04-20T00:00:00Z"))).toBeNull();
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2026-01-31", 2)).toBe("2026-03-31");
    expect(addMonths("2026-11-30", 3)).toBe("2027-02-28");
    const monthly = { ...quarterly, recurrence: "monthly" as const, startDate: "2026-01-31", windowDays: 3 };
    expect(dueRound(monthly, at("2026-02-28T12:00:00Z"))).toMatchObject({ periodStart: "2026-02-28" });
    expect(dueRound(monthly, at("2026-03-31T12:00:00Z"))).toMatchObject({ periodStart: "2026-03-31" });
  });
});

describe("when a reminder is due", () => {
  const invitation = { createdAt: at("2026-01-15T00:00:00Z"), expiresAt: at("2026-01-29T00:00:00Z"), answeredAt: null };

  it("reminds every N days after the invitation, at most M times, only the latest one when several were missed", () => {
    expect(dueReminder(quarterly, invitation, at("2026-01-19T23:59:59Z"))).toBeNull();
    expect(dueReminder(quarterly, invitation, at("2026-01-20T00:00:00Z"))).toBe(1);
    expect(dueReminder(quarterly, invitation, at("2026-01-25T00:00:00Z"))).toBe(2);
    expect(dueReminder(quarterly, invitation, at("2026-01-28T00:00:00Z"))).toBe(2);
  });

  it("reminds nobody who answered, whose link expired, or when reminders are off", () => {
    const now = at("2026-01-21T00:00:00Z");
    expect(dueReminder(quarterly, { ...invitation, answeredAt: at("2026-01-16T00:00:00Z") }, now)).toBeNull();
    expect(dueReminder(quarterly, invitation, at("2026-01-29T00:00:00Z"))).toBeNull();
    expect(dueReminder({ reminderAfterDays: null, reminderMax: 2 }, invitation, now)).toBeNull();
    expect(dueReminder({ reminderAfterDays: 5, reminderMax: 0 }, invitation, now)).toBeNull();
  });
});

describe("what an answer must be", () => {
  it("takes a score, an option and trimmed text, and skips optional questions left out or blank", () => {
    expect(checkAnswers(questions, { overall: 4, channel: "Phone", better: "  Faster replies " })).toEqual({
      ok: true,
      answers: { overall: 4, channel: "Phone", better: "Faster replies" },
    });
    expect(checkAnswers(questions, { overall: 5, better: "   " })).toEqual({ ok: true, answers: { overall: 5 } });
  });

  it("names the question of the first problem", () => {
    const problem = (given: Record<string, unknown>) => {
      const result = checkAnswers(questions, given);
      return result.ok ? null : result.problem;
    };
    expect(problem({})).toEqual({ questionId: "overall", message: "an answer is required" });
    expect(problem({ overall: 6 })).toMatchObject({ questionId: "overall" });
    expect(problem({ overall: 2.5 })).toMatchObject({ questionId: "overall" });
    expect(problem({ overall: 3, channel: "Fax" })).toEqual({
      questionId: "channel",
      message: "expected one of the options",
    });
    expect(problem({ overall: 3, better: 7 })).toEqual({ questionId: "better", message: "expected text" });
    expect(problem({ overall: 3, extra: "x" })).toEqual({ questionId: "extra", message: "no such question" });
    expect(problem({ overall: 3, better: "x".repeat(2001) })).toMatchObject({ questionId: "better" });
  });
});

describe("what a survey definition may hold", () => {
  const definition = {
    title: "Quarterly check-in",
    titleUr: null,
    questions,
    organizationIds: ["7d1e3c4a-0000-4000-8000-000000000001"],
    recurrence: "quarterly",
    startDate: "2026-01-15",
    windowDays: 14,
    reminderAfterDays: 5,
    reminderMax: 2,
    status: "active",
  };
  const issues = (over: Record<string, unknown>) => {
    const parsed = SurveyDefinition.safeParse({ ...definition, ...over });
    return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join("."));
  };

  it("accepts a well-formed definition", () => {
    expect(issues({})).toEqual([]);
  });

  it("refuses repeated question ids, repeated options, two satisfaction questions and a reminder after the window", () => {
    expect(issues({ questions: [questions[0], { ...questions[2], id: "overall" }] })).toEqual(["questions.1.id"]);
    expect(issues({ questions: [{ ...questions[1], options: ["A", "A"] }] })).toEqual(["questions.0.options"]);
    expect(issues({ questions: [questions[0], { ...questions[0], id: "again" }] })).toEqual(["questions"]);
    expect(issues({ reminderAfterDays: 14 })).toEqual(["reminderAfterDays"]);
    expect(issues({ questions: [] })).toEqual(["questions"]);
  });
});

describe("a round's results", () => {
  it("gives each scale its mean and distribution, each choice its counts in the order asked, each text its count", () => {
    const results = roundResults(
      questions,
      [{ overall: 5, channel: "Mail", better: "More hours" }, { overall: 4, channel: "Mail" }, { overall: 2 }],
      4,
    );
    expect(results).toMatchObject({ invited: 4, responses: 3, response_rate: 0.75 });
    expect(results.questions[0]).toMatchObject({
      kind: "scale",
      answered: 3,
      mean: 3.67,
      distribution: { "1": 0, "2": 1, "3": 0, "4": 1, "5": 1 },
    });
    expect(results.questions[1]).toMatchObject({
      kind: "choice",
      answered: 2,
      counts: [
        { option: "Mail", count: 2 },
        { option: "Phone", count: 0 },
      ],
    });
    expect(results.questions[2]).toMatchObject({ kind: "text", answered: 1 });
    expect(roundResults(questions, [], 0)).toMatchObject({ response_rate: null, responses: 0 });
  });
});
