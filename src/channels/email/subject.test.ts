import { describe, expect, it } from "vitest";
import { baseSubject, isForward, subjectWithToken, ticketToken } from "./subject.ts";

describe("mail subjects", () => {
  it.each([
    ["Re: Printer offline", "printer offline"],
    ["RE: re: Printer  offline", "printer offline"],
    ["AW: WG: Printer offline", "printer offline"],
    ["Re[3]: Printer offline", "printer offline"],
    ["SV: Antw: Printer offline", "printer offline"],
    ["Fwd: [#10001] Printer offline", "printer offline"],
    ["Printer offline", "printer offline"],
  ])("the base subject of %j is %j", (subject, base) => {
    expect(baseSubject(subject)).toBe(base);
  });

  it("reads the ticket token, and nothing else in brackets", () => {
    expect(ticketToken("Re: [#10001] Printer offline")).toBe(10001);
    expect(ticketToken("[10001] Printer offline")).toBeNull();
    expect(ticketToken("Printer [#] offline")).toBeNull();
  });

  it("tells forwards from replies", () => {
    expect(isForward("Fwd: [#10001] Printer offline")).toBe(true);
    expect(isForward("FW: Printer offline")).toBe(true);
    expect(isForward("WG: Drucker")).toBe(true);
    expect(isForward("Re: Fwd: Printer offline")).toBe(false);
  });

  it("puts the token first once", () => {
    expect(subjectWithToken(10001, "Printer offline")).toBe("[#10001] Printer offline");
    expect(subjectWithToken(10001, "Re: [#10001] Printer offline")).toBe("Re: [#10001] Printer offline");
  });
});
