import { describe, expect, it } from "vitest";
import { acknowledgementText, replyText } from "./mail-templates.ts";

const facts = {
  number: 10001,
  subject: "Printer offline",
  priority: "high",
  responseDueAt: new Date("2026-03-02T05:00:00Z"),
  resolutionDueAt: null,
  timeZone: "Asia/Karachi",
};

describe("mail templates", () => {
  it("acknowledge a request with its number, priority and promised times in English", () => {
    const mail = acknowledgementText("en", facts);
    expect(mail.subject).toBe("[#10001] Printer offline");
    expect(mail.text).toContain("Its number is #10001.");
    expect(mail.text).toContain("Priority: high");
    expect(mail.text).toContain("First response by: 2 Mar 2026, 10:00 (Asia/Karachi)");
    expect(mail.text).toContain("Resolution by: no time promised");
  });

  it("and in Urdu", () => {
    const mail = acknowledgementText("ur", facts);
    expect(mail.text).toContain("#10001");
    expect(mail.text).toContain("ترجیح: زیادہ");
  });

  it("sign replies with the agent's name", () => {
    expect(replyText({ agentName: "Usman Tariq", body: "Restarted the spooler." })).toBe(
      "Restarted the spooler.\n\n— Usman Tariq",
    );
  });
});
