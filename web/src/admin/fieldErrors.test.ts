import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { ApiError } from "../app/api.ts";
import enAdmin from "../locales/en/admin.json";
import urAdmin from "../locales/ur/admin.json";
import { fieldErrorMessage, normalizeField } from "./fieldErrors.ts";

const words = i18next.createInstance();
await words.init({
  lng: "en",
  fallbackLng: "en",
  interpolation: { escapeValue: false },
  resources: { en: { admin: enAdmin }, ur: { admin: urAdmin } },
});
const t = words.getFixedT("en", ["admin", "common"] as const);

// A policy editor's save, refused field by field (the shapes src/platform/http/problem.ts sends).
const refused = new ApiError(422, {
  code: "VALIDATION_FAILED",
  detail: "body.definition.targets.high.firstResponse: must be at least 1",
  errors: [
    { field: "body.definition.targets.high.firstResponse", message: "must be at least 1" },
    { field: "body.definition.escalations[0].actions[1].webhookUrl", message: "must be an https URL" },
    { field: "body.definition.escalations[0].offset", message: "must be a whole number" },
    { field: "body.name", message: "is required" },
  ],
});

describe("server field paths have one spelling", () => {
  it("drops where the field came from and turns indexes into dotted steps", () => {
    expect(normalizeField("body.definition.weekly.mon[0][1]")).toBe("definition.weekly.mon.0.1");
    expect(normalizeField("body.definition.weekly.mon.0.1")).toBe("definition.weekly.mon.0.1");
    expect(normalizeField("params.id")).toBe("id");
    expect(normalizeField("query.page")).toBe("page");
  });

  it("keeps a field that merely starts with the same letters", () => {
    expect(normalizeField("bodyText")).toBe("bodyText");
  });
});

describe("a server field error lands on its form field in the admin editors", () => {
  it("a field shows the message the server gave for it", () => {
    expect(fieldErrorMessage(refused, "definition.targets.high.firstResponse", false, t)).toBe("must be at least 1");
    expect(fieldErrorMessage(refused, "name", false, t)).toBe("is required");
  });

  it("a row's field finds its message whether the server wrote indexes in brackets or dots", () => {
    expect(fieldErrorMessage(refused, "definition.escalations.0.actions.1.webhookUrl", false, t)).toBe(
      "must be an https URL",
    );
  });

  it("a field the server did not name shows nothing, and neither does any other kind of failure", () => {
    expect(fieldErrorMessage(refused, "definition.targets.low.firstResponse", false, t)).toBeUndefined();
    expect(fieldErrorMessage(new TypeError("Failed to fetch"), "name", false, t)).toBeUndefined();
    expect(fieldErrorMessage(null, "name", false, t)).toBeUndefined();
  });

  it("a whole section (nested) collects every message under it, and only under it", () => {
    expect(fieldErrorMessage(refused, "definition.escalations.0", true, t)).toBe(
      "must be an https URL must be a whole number",
    );
    expect(fieldErrorMessage(refused, "definition.escalations.0", false, t)).toBeUndefined();
    expect(fieldErrorMessage(refused, "definition.escalation", true, t)).toBeUndefined();
  });

  it("a domain error at its one field reads in the admin's words for its code", () => {
    const taken = new ApiError(409, {
      code: "NAME_TAKEN",
      detail: "A group named Network already exists.",
      errors: [{ field: "body.name", message: "A group named Network already exists." }],
    });
    expect(fieldErrorMessage(taken, "name", false, t)).toBe("That name is already taken.");
    expect(fieldErrorMessage(taken, "name", false, words.getFixedT("ur", ["admin", "common"] as const))).toBe(
      urAdmin.errors.NAME_TAKEN,
    );
  });

  it("a domain error whose code has no words keeps the server's sentence", () => {
    const odd = new ApiError(409, {
      code: "SOMETHING_NEW",
      detail: "Not now.",
      errors: [{ field: "body.name", message: "Not now." }],
    });
    expect(fieldErrorMessage(odd, "name", false, t)).toBe("Not now.");
  });
});
