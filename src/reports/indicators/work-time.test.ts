import { describe, expect, it } from "vitest";
import { workTimeFigures } from "./work-time.ts";

describe("work time figures", () => {
  it("give per kind the tickets, the stretches, the total and both means; none is null, not zero", () => {
    const f = workTimeFigures([
      { ticketId: "a", kind: "onsite", endedAt: 1, minutes: 60 },
      { ticketId: "a", kind: "onsite", endedAt: 2, minutes: 30 },
      { ticketId: "b", kind: "onsite", endedAt: 3, minutes: 15 },
      { ticketId: "b", kind: "travel", endedAt: 3, minutes: 10 },
      { ticketId: "c", kind: "travel", endedAt: 4, minutes: 20 / 3 },
    ]);
    expect(f.onsite).toEqual({
      tickets: 2,
      count: 3,
      total_minutes: 105,
      mean_minutes: 35,
      mean_minutes_per_ticket: 52.5,
    });
    expect(f.travel).toEqual({
      tickets: 2,
      count: 2,
      total_minutes: 16.67,
      mean_minutes: 8.33,
      mean_minutes_per_ticket: 8.33,
    });
    expect(f.remote).toEqual({
      tickets: 0,
      count: 0,
      total_minutes: 0,
      mean_minutes: null,
      mean_minutes_per_ticket: null,
    });
    // Ticket c only travelled (the visit was cancelled on the way): it still had a visit.
    expect(f.tickets_with_visit).toBe(3);
    expect(f.tickets_with_remote_session).toBe(0);
  });
});
