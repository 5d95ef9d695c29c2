import { describe, expect, it } from "vitest";
import { ALLOWED_TAGS, safeUrl, textAlignOf } from "./safeHtml.ts";

describe("what the article preview keeps of the server's HTML", () => {
  it("follows only http(s), mailto and this site's own addresses", () => {
    expect(safeUrl("https://example.com/a")).toBe("https://example.com/a");
    expect(safeUrl("mailto:it@example.com")).toBe("mailto:it@example.com");
    expect(safeUrl("/api/v1/public/kb/images/1")).toBe("/api/v1/public/kb/images/1");
    expect(safeUrl("#setup")).toBe("#setup");
    expect(safeUrl("javascript:alert(1)")).toBeNull();
    expect(safeUrl(" JaVaScRiPt:alert(1)")).toBeNull();
    expect(safeUrl("data:text/html,<script>")).toBeNull();
    expect(safeUrl("//evil.example/x")).toBeNull();
    expect(safeUrl(null)).toBeNull();
  });

  it("keeps only a table cell's alignment from its style", () => {
    expect(textAlignOf("text-align:right")).toBe("right");
    expect(textAlignOf("background:url(x)")).toBeUndefined();
  });

  it("has no script, style or frame among the tags it rebuilds", () => {
    for (const tag of ["script", "style", "iframe", "object", "svg"]) expect(ALLOWED_TAGS.has(tag)).toBe(false);
  });
});
