import { describe, expect, it } from "vitest";
import {
  consultationDescription,
  consultationProblems,
  cleanConsultation,
  confirmationTitle,
  isRobot,
  type ConsultationInput,
} from "./consultation.ts";

const GOOD: ConsultationInput = {
  name: "Sana Iqbal",
  company: "Ravi Foods",
  email: "sana.iqbal@ravi-foods.example",
  phone: "+92 300 1234567",
  preferredDate: "2026-03-05",
  windowStart: "10:00",
  windowEnd: "12:00",
  topic: "Cloud file shares",
  message: "We would like to talk about moving our file shares to the cloud.",
};
const check = (over: Partial<ConsultationInput>) =>
  consultationProblems({ ...GOOD, ...over }, "2026-03-02", "2026-05-31");
const fields = (over: Partial<ConsultationInput>) => check(over).map((p) => p.field);

describe("consultation form rules", () => {
  it("accepts a complete request", () => {
    expect(check({})).toEqual([]);
    expect(check({ message: undefined })).toEqual([]);
  });

  it("reports every field at fault at once", () => {
    const all = fields({
      name: " ",
      company: "x".repeat(161),
      email: "sana@",
      phone: "12ab",
      preferredDate: "2026-02-30",
      windowStart: "9am",
      windowEnd: "25:00",
      topic: "",
      message: "m".repeat(5001),
    });
    expect(all).toEqual([
      "body.name",
      "body.company",
      "body.email",
      "body.phone",
      "body.preferredDate",
      "body.windowStart",
      "body.windowEnd",
      "body.topic",
      "body.message",
    ]);
  });

  it("bounds the preferred date to today … the last bookable day, both included", () => {
    expect(fields({ preferredDate: "2026-03-01" })).toEqual(["body.preferredDate"]);
    expect(check({ preferredDate: "2026-03-01" })[0]!.message).toContain("2026-03-02");
    expect(fields({ preferredDate: "2026-03-02" })).toEqual([]);
    expect(fields({ preferredDate: "2026-05-31" })).toEqual([]);
    expect(fields({ preferredDate: "2026-06-01" })).toEqual(["body.preferredDate"]);
  });

  it("needs the window to end after it starts", () => {
    expect(fields({ windowStart: "12:00", windowEnd: "12:00" })).toEqual(["body.windowEnd"]);
    expect(fields({ windowStart: "12:00", windowEnd: "11:59" })).toEqual(["body.windowEnd"]);
    expect(fields({ windowStart: "23:00", windowEnd: "23:59" })).toEqual([]);
  });

  it("explains the phone rule in words", () => {
    expect(check({ phone: "12ab" })).toEqual([{ field: "body.phone", message: expect.stringMatching(/digits/) }]);
    expect(check({ phone: "123456" })[0]!.message).toBe("must have 7 to 15 digits");
  });

  it("refuses text PostgreSQL cannot store", () => {
    expect(fields({ topic: "a\u0000b", message: "\ud800" })).toEqual(["body.topic", "body.message"]);
  });

  it("spots the honeypot, trims what it keeps, and writes the details for the agent and the confirmation", () => {
    expect(isRobot(GOOD)).toBe(false);
    expect(isRobot({ ...GOOD, website: "" })).toBe(false);
    expect(isRobot({ ...GOOD, website: "http://spam.example" })).toBe(true);
    const r = cleanConsultation({ ...GOOD, name: "  Sana Iqbal ", website: "x" });
    expect(r).not.toHaveProperty("website");
    expect(r.name).toBe("Sana Iqbal");
    expect(consultationDescription(r, "Asia/Karachi")).toContain(
      "Preferred day: 2026-03-05, between 10:00 and 12:00 (Asia/Karachi)",
    );
    expect(confirmationTitle(10023, r, "Asia/Karachi")).toBe(
      "Consultation request #10023 received: 2026-03-05, 10:00–12:00 (Asia/Karachi)",
    );
  });
});
