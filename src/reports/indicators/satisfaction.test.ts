import { describe, expect, it } from "vitest";
import { T, WEEK } from "../../../test/support/histories.ts";
import { satisfaction, surveyResponse, type SurveyInvitationFact } from "./satisfaction.ts";

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
    ]);
    expect(s.post_resolution_survey).toEqual({ sent: 1, answered: 1, response_rate: 1 });
  });
});
