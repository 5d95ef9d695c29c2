import { describe, expect, it } from "vitest";
import { planFor, safeProps, safeUrl } from "./safe-html.ts";

describe("rebuilding an article's HTML from the allowlist", () => {
  it("keeps the elements Markdown renders, drops scripts and styles with their content, unwraps anything else", () => {
    for (const tag of ["p", "H2", "ul", "li", "a", "img", "table", "td", "pre", "code", "blockquote"])
      expect(planFor(tag)).toBe("keep");
    for (const tag of ["script", "STYLE", "iframe", "object", "embed", "template", "svg"])
      expect(planFor(tag)).toBe("drop");
    for (const tag of ["span", "div", "font", "form", "button"]) expect(planFor(tag)).toBe("unwrap");
  });

  it("follows only http(s), mailto and same-site addresses", () => {
    expect(safeUrl("https://support.microsoft.com/", { mail: true })).toBe("https://support.microsoft.com/");
    expect(safeUrl("/kb/articles/1", { mail: true })).toBe("/kb/articles/1");
    expect(safeUrl("#steps", { mail: true })).toBe("#steps");
    expect(safeUrl("mailto:it@example.com", { mail: true })).toBe("mailto:it@example.com");
    expect(safeUrl("mailto:it@example.com", { mail: false })).toBeNull();
    expect(safeUrl("javascript:alert(1)", { mail: true })).toBeNull();
    expect(safeUrl(" JaVaScRiPt:alert(1)", { mail: true })).toBeNull();
    expect(safeUrl("data:text/html,<script>", { mail: true })).toBeNull();
    expect(safeUrl("//evil.example/x", { mail: true })).toBeNull();
  });

  it("passes only the attributes the server allows on each element", () => {
    expect(
      safeProps("a", [
        ["href", "https://example.com"],
        ["onclick", "steal()"],
        ["class", "x"],
      ]),
    ).toEqual({ href: "https://example.com", rel: "noopener noreferrer", target: "_blank" });
    expect(safeProps("a", [["href", "javascript:steal()"]])).toEqual({});
    expect(safeProps("a", [["href", "/kb/articles/2"]])).toEqual({ href: "/kb/articles/2" });
    expect(
      safeProps("img", [
        ["src", "/api/v1/public/kb/images/abc"],
        ["onerror", "steal()"],
      ]),
    ).toEqual({ src: "/api/v1/public/kb/images/abc", alt: "" });
    expect(
      safeProps("img", [
        ["src", "javascript:x"],
        ["alt", "Outlook sign-in"],
      ]),
    ).toEqual({ alt: "Outlook sign-in" });
    expect(safeProps("ol", [["start", "3"]])).toEqual({ start: 3 });
    expect(safeProps("td", [["style", "text-align:right"]])).toEqual({ style: { textAlign: "right" } });
    expect(safeProps("td", [["style", "background:url(javascript:x)"]])).toEqual({});
    expect(
      safeProps("p", [
        ["style", "text-align:right"],
        ["id", "x"],
      ]),
    ).toEqual({});
  });
});
