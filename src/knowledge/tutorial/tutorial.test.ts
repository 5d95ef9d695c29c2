import { describe, expect, it } from "vitest";
import { checkChapters, normaliseEmbedUrl } from "./tutorial.ts";

describe("links to an external video", () => {
  it.each([
    [
      "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10",
      "youtube",
      "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    ],
    ["https://youtu.be/dQw4w9WgXcQ", "youtube", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"],
    ["https://m.youtube.com/embed/dQw4w9WgXcQ", "youtube", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"],
    ["https://vimeo.com/76979871", "vimeo", "https://player.vimeo.com/video/76979871"],
    ["https://player.vimeo.com/video/76979871?h=x", "vimeo", "https://player.vimeo.com/video/76979871"],
    ["https://videos.example.org/onboarding", "link", "https://videos.example.org/onboarding"],
  ])("%s plays as %s at %s", (raw, provider, url) => {
    expect(normaliseEmbedUrl(raw)).toEqual({ ok: true, embed: { provider, url } });
  });

  it.each([
    ["javascript:alert(1)", "only https"],
    ["JaVaScRiPt:alert(1)//https://youtube.com", "only https"],
    ["http://www.youtube.com/watch?v=dQw4w9WgXcQ", "only https"],
    ["data:text/html,<script>alert(1)</script>", "only https"],
    ["https://user:pw@example.org/v", "user name"],
    ["https://www.youtube.com/watch?v=<script>", "YouTube"],
    ["https://vimeo.com/channels/staff", "Vimeo"],
    ["not a url", "web address"],
  ])("refuses %s", (raw, reason) => {
    const result = normaliseEmbedUrl(raw);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.reason).toContain(reason);
  });
});

describe("chapters", () => {
  it("must start in order", () => {
    expect(
      checkChapters([
        { title: "a", startSeconds: 0 },
        { title: "b", startSeconds: 5 },
      ]),
    ).toBeUndefined();
    expect(
      checkChapters([
        { title: "a", startSeconds: 5 },
        { title: "b", startSeconds: 5 },
      ]),
    ).toBe("chapter 2 must start after chapter 1");
  });
});
