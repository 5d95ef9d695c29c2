import { describe, expect, it } from "vitest";
import { launchUrl, schemeOf, sessionSeconds, sessionStatus, templateProblem } from "./remote.ts";

describe("launch-link templates", () => {
  it("accept a tool's own scheme with the {id} placeholder, or no link at all", () => {
    expect(templateProblem("rustdesk://{id}")).toBeNull();
    expect(templateProblem("teamviewer10://control?device={id}")).toBeNull();
    expect(templateProblem("https://remote.example.test/join/{id}")).toBeNull();
    expect(templateProblem("")).toBeNull();
  });

  it("refuse templates that would produce a javascript:, data: or vbscript: URL, however they are spelt", () => {
    for (const t of [
      "javascript:alert({id})",
      " JavaScript:{id}",
      "java\tscript:{id}",
      "data:text/html,{id}",
      "VBScript:{id}",
    ])
      expect(templateProblem(t), t).toBe("dangerous_scheme");
  });

  it("refuse a template whose scheme would come from the placeholder, other placeholders, or no placeholder", () => {
    expect(templateProblem("{id}")).toBe("no_scheme");
    expect(templateProblem("//{id}")).toBe("no_scheme");
    expect(templateProblem("rustdesk://{host}")).toBe("unknown_placeholder");
    expect(templateProblem("rustdesk://fixed")).toBe("no_placeholder");
  });

  it("URL-encode the session id into the link", () => {
    expect(launchUrl("rustdesk://{id}", "123 456 789")).toBe("rustdesk://123%20456%20789");
    expect(launchUrl("https://r.example.test/s/{id}", "a/../b?x=1#y")).toBe(
      "https://r.example.test/s/a%2F..%2Fb%3Fx%3D1%23y",
    );
    expect(launchUrl("{id}", "javascript:alert(1)")).toBeNull();
    expect(launchUrl("", "123")).toBeNull();
    expect(schemeOf("javascript%3Aalert(1)")).toBeNull();
  });
});

describe("session lifecycle", () => {
  const t = (m: number) => new Date(Date.UTC(2026, 2, 2, 9, m));
  it("waits for consent, then runs from start to end", () => {
    expect(sessionStatus({ consentAt: null, startedAt: null, endedAt: null })).toBe("awaiting_consent");
    expect(sessionStatus({ consentAt: t(0), startedAt: null, endedAt: null })).toBe("consented");
    expect(sessionStatus({ consentAt: t(0), startedAt: t(1), endedAt: null })).toBe("active");
    expect(sessionStatus({ consentAt: t(0), startedAt: t(1), endedAt: t(20) })).toBe("ended");
    expect(sessionSeconds({ consentAt: t(0), startedAt: t(1), endedAt: t(20) }, t(30))).toBe(19 * 60);
    expect(sessionSeconds({ consentAt: t(0), startedAt: t(1), endedAt: null }, t(11))).toBe(600);
  });
});
