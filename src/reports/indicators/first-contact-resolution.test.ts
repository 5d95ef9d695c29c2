import { describe, expect, it } from "vitest";
import { AGENT, AGENT2, History, REQUESTER, T, WEEK } from "../../../test/support/histories.ts";
import type { EscalationFact } from "./escalations.ts";
import { escalationsIn } from "./escalations.ts";
import { firstContactResolution } from "./first-contact-resolution.ts";
import { factsOf } from "./indicators.ts";
import { satisfaction } from "./satisfaction.ts";

const h = (at: Date, over = {}, by = {}) => new History(at, over, by);
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

function escalation(n: number, over: Partial<EscalationFact>): EscalationFact {
  return {
    id: `e-${n}-${over.kind ?? "manual"}`,
    ticketId: id(n),
    ticketNumber: n,
    kind: "manual",
    level: null,
    clock: null,
    fromGroupId: "g1",
    toGroupId: "g2",
    fromPriority: "medium",
    toPriority: "medium",
    notified: [],
    reason: "needs tier 2",
    rule: null,
    actorId: AGENT,
    at: T("11:00"),
    ...over,
  };
}

// Each ticket is resolved in the week; the comment says whether the rule counts it as resolved at first contact.
const tickets = [
  // #11 yes: a call logged by the agent and resolved on the call.
  h(T("10:00"), { channel: "phone" }, { recordedBy: AGENT }).status(T("10:05"), "resolved").ticket(11),
  // #12 yes: the assignee's one public reply, then resolved.
  h(T("10:00"))
    .change(T("10:00"), AGENT, { assigneeId: AGENT })
    .reply(T("10:30"))
    .status(T("10:40"), "resolved")
    .ticket(12),
  // #13 no: two public replies.
  h(T("10:00"))
    .change(T("10:00"), AGENT, { assigneeId: AGENT })
    .reply(T("10:30"))
    .reply(T("10:35"))
    .status(T("10:40"), "resolved")
    .ticket(13),
  // #14 no: reopened by the requester before being resolved again.
  h(T("10:00"))
    .change(T("10:00"), AGENT, { assigneeId: AGENT })
    .reply(T("10:30"))
    .status(T("10:40"), "resolved")
    .status(T("11:00"), "open", REQUESTER)
    .status(T("11:30"), "resolved")
    .ticket(14),
  // #15 no: escalated before it was resolved (see escalations below).
  h(T("10:00"))
    .change(T("10:00"), AGENT, { assigneeId: AGENT })
    .reply(T("10:30"))
    .status(T("12:00"), "resolved")
    .ticket(15),
  // #16 no: handed to another agent, who resolved it.
  h(T("10:00"))
    .change(T("10:00"), AGENT, { assigneeId: AGENT })
    .change(T("10:20"), AGENT, { assigneeId: AGENT2 })
    .reply(T("10:30"), AGENT2)
    .status(T("10:40"), "resolved", AGENT2)
    .ticket(16),
  // #17 left out: closed as a duplicate.
  h(T("10:00"), { tags: ["Duplicate"] })
    .status(T("10:10"), "closed")
    .ticket(17),
  // #18 left out: a report linked to a major incident, resolved with it.
  h(T("10:00"), { parentId: id(99) })
    .status(T("10:10"), "resolved", null)
    .ticket(18),
  // #19 yes: nobody assigned; the agent who first answered resolved it; internal notes are not interactions.
  h(T("10:00")).note(T("10:10"), AGENT2).reply(T("10:20"), AGENT2).status(T("10:30"), "resolved", AGENT2).ticket(19),
  // #20 no: a call, then a mail as well (two interactions).
  h(T("10:00"), { channel: "phone" }, { recordedBy: AGENT })
    .reply(T("10:30"), AGENT)
    .status(T("10:40"), "resolved")
    .ticket(20),
  // #21 yes: resolved by the assignee without a reply; an SLA warning is not an escalation.
  h(T("10:00")).change(T("10:00"), AGENT, { assigneeId: AGENT }).status(T("10:40"), "resolved").ticket(21),
];
const escalations = [
  escalation(15, {}),
  escalation(21, { kind: "warning", rule: "response:0:warn-75", actorId: null, at: T("10:30") }),
];

describe("first-contact resolution (docs/decisions/0006)", () => {
  it("counts tickets resolved by their first handler with at most one interaction, never reopened or escalated", () => {
    const facts = factsOf({ tickets, escalations, ratings: [] }, WEEK, T("12:00", "20").getTime());
    const fcr = firstContactResolution(facts, escalations);
    expect(fcr).toEqual({ rate: 0.4444, resolved: 9, first_contact: 4, excluded: 2, tickets: [11, 12, 19, 21] });
  });

  it("judges the history as it stood at the period's end: an escalation after the resolution does not undo it", () => {
    const later = escalation(12, { at: T("09:00", "03") });
    const facts = factsOf(
      { tickets: tickets.slice(1, 2), escalations: [later], ratings: [] },
      WEEK,
      T("12:00", "20").getTime(),
    );
    expect(firstContactResolution(facts, [later]).tickets).toEqual([12]);
  });
});

describe("escalations", () => {
  it("counts by kind, level and trigger, keeps alerts apart and lists who, when, why, from and to", () => {
    const records = [
      escalation(1, { at: T("09:00", "03"), reason: "Payroll blocked" }),
      escalation(2, { kind: "functional", level: 1, rule: "resolution:0:esc-1", actorId: null, at: T("10:00", "03") }),
      escalation(2, {
        kind: "hierarchical",
        level: 2,
        rule: "resolution:0:esc-2",
        actorId: null,
        notified: ["boss"],
        at: T("11:00", "03"),
      }),
      escalation(3, {
        kind: "priority",
        level: 1,
        rule: "resolution:0:esc-1",
        actorId: null,
        toPriority: "high",
        at: T("12:00", "03"),
      }),
      escalation(3, { kind: "breach", rule: "resolution:0:breach", actorId: null, at: T("12:00", "03") }),
      escalation(4, { at: T("10:00", "09") }), // after the week
    ];
    const e = escalationsIn(WEEK, records);
    expect(e).toMatchObject({
      count: 4,
      by_kind: { functional: 1, hierarchical: 1, priority: 1, manual: 1 },
      by_level: { "1": 2, "2": 1, manual: 1 },
      by_trigger: { automatic: 3, manual: 1 },
      alerts: { warning: 0, breach: 1 },
    });
    expect(e.items[0]).toEqual({
      ticket_id: id(1),
      ticket_number: 1,
      kind: "manual",
      level: null,
      trigger: "manual",
      who: AGENT,
      rule: null,
      when: T("09:00", "03").toISOString(),
      why: "Payroll blocked",
      from: { group_id: "g1", priority: "medium" },
      to: { group_id: "g2", priority: "medium", notified: [] },
    });
    expect(e.items[2]).toMatchObject({ who: null, trigger: "automatic", to: { notified: ["boss"] } });
  });
});

describe("customer satisfaction", () => {
  it("takes the ratings given in the period: mean, distribution, response rate and comments", () => {
    const rating = (n: number, score: number, comment = "", at = T("12:00", "03")) => ({
      ticketId: id(n),
      ticketNumber: n,
      score,
      comment,
      at,
    });
    const ratings = [
      rating(1, 5, "Quick, thanks"),
      rating(2, 4),
      rating(3, 2, "Took two days"),
      rating(4, 5, "", T("09:00", "10")),
    ];
    const s = satisfaction(WEEK, ratings, 6);
    expect(s).toEqual({
      source: "post_resolution",
      responses: 3,
      mean: 3.67,
      distribution: { "1": 0, "2": 1, "3": 0, "4": 1, "5": 1 },
      response_rate: 0.5,
      comments: [
        { ticket_number: 1, score: 5, comment: "Quick, thanks", at: T("12:00", "03").toISOString() },
        { ticket_number: 3, score: 2, comment: "Took two days", at: T("12:00", "03").toISOString() },
      ],
      post_resolution_survey: { sent: 0, answered: 0, response_rate: null },
      // Regular surveys are counted apart (satisfaction.test.ts); none were given here.
      regular_survey: {
        invited: 0,
        responses: 0,
        mean: null,
        distribution: { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0 },
        response_rate: null,
      },
    });
    expect(satisfaction(WEEK, [], 0)).toMatchObject({ responses: 0, mean: null, response_rate: null, comments: [] });
  });
});
