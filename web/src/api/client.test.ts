import { describe, expect, it } from "vitest";
import { buildUrl } from "./client.ts";

describe("the typed API client's URLs", () => {
  it("fills each placeholder with its value, URL-encoded", () => {
    expect(buildUrl("/api/v1/tickets/{id}/events", { path: { id: "#10001" } })).toBe("/api/v1/tickets/%2310001/events");
  });

  it("adds the defined, non-empty query values only", () => {
    const url = buildUrl("/api/v1/people", { query: { q: "Ali", role: undefined, limit: 20, cursor: "" } });
    expect(url).toBe("/api/v1/people?q=Ali&limit=20");
  });

  it("refuses to send a path with a placeholder left empty", () => {
    expect(() => buildUrl("/api/v1/people/{id}", { path: {} })).toThrow("no value for {id}");
  });
});
