import { describe, expect, it } from "vitest";
import { T, WEEK } from "../../../test/support/histories.ts";
import { regularSurveySatisfaction, satisfaction, surveyResponse, type SurveyInvitationFact } from "./satisfaction.ts";

const offered = (ticket: string, at: Date, answeredAt: Date | null = null): SurveyInvitationFact => ({
  ticketId: ticket,
  offeredAt: at,
  answeredAt,
});

describe("the post-resolution survey's response rate", () => {
  it("counts surveys offered in the period and those of them answered before it ended", () => {
    const invitations = [
      offered("a", T("10:00", "02"), T("11:00", "02")), // offered and answered inside
      offered("b", T("10:00", "03"), T("09:00", "10")), // answered only after the period
      offered("c", T("10:00", "04")), // never answered
      offered("d", T("23:00", "01"), T("10:00", "02")), // offered before the period: not this period's survey
      offered("e", T("00:00", "09"), T("01:00", "09")), // offered as the next period began
    ];
    expect(surveyResponse(WEEK, invitations)).toEqual({ sent: 3, answered: 1, response_rate: 0.3333 });
    expect(surveyResponse(WEEK, [])).toEqual({ sent: 0, answered: 0, response_rate: null });
  });

  it("sits beside the ratings under satisfaction, keeping their keys", () => {
    const s = satisfaction(WEEK, [], 0, [offered("a", T("10:00", "02"), T("11:00", "02"))]);
    expect(Object.keys(s)).toEqual([
      "source",
      "responses",
      "mean",
      "distribution",
      "response_rate",
      "comments",
      "post_resolution_survey",
      "regular_survey",
    ]);
    expect(s.post_resolution_survey).toEqual({ sent: 1, answered: 1, response_rate: 1 });
  });
});

describe("satisfaction from regular surveys, apart from the post-resolution figures", () => {
  it("counts scores given in the period, and of the invitations sent in it the share answered before it ended", () => {
    const sentBefore = T("10:00", "01");
    const facts = [
      { invitedAt: T("09:00", "02"), answeredAt: T("10:00", "03"), score: 5 },
      { invitedAt: T("09:00", "02"), answeredAt: T("11:00", "04"), score: 2 },
      // Answered the next week: sent in the period, not answered in it.
      { invitedAt: T("09:00", "02"), answeredAt: T("09:00", "10"), score: 4 },
      { invitedAt: T("09:00", "02"), answeredAt: null, score: null },
      // Sent the week before, answered in this one: its score counts here, its invitation there.
      { invitedAt: sentBefore, answeredAt: T("12:00", "02"), score: 4 },
      // Answered, but the satisfaction question skipped.
      { invitedAt: T("09:00", "02"), answeredAt: T("12:00", "05"), score: null },
    ];
    expect(regularSurveySatisfaction(WEEK, facts)).toEqual({
      invited: 5,
      responses: 3,
      mean: 3.67,
      distribution: { "1": 0, "2": 1, "3": 0, "4": 1, "5": 1 },
      response_rate: 0.6,
    });
    expect(satisfaction(WEEK, [], 0).regular_survey).toEqual({
      invited: 0,
      responses: 0,
      mean: null,
      distribution: { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0 },
      response_rate: null,
    });
  });
});
