import { describe, expect, it } from "vitest";
import { ApiError } from "../app/api.ts";
import type { KbArticle } from "../api/kb-editor.ts";
import {
  articlePatch,
  currentVersionOf,
  draftOf,
  emptyDraft,
  isVersionConflict,
  newArticleBody,
  parseTags,
  toggleAudience,
} from "./draft.ts";

const english = {
  key: "reset-password",
  language: "en",
  categoryId: "8f0c1c0e-2c1a-4a43-9a4e-0d5b7c1f7a11",
  audiences: ["new", "current"],
  tags: ["password", "account"],
  visibility: "public",
  ownerId: "0b3f5a40-6a57-4d53-8c55-4d1c2b0f0e22",
  reviewBy: "2027-01-31",
} satisfies Partial<KbArticle>;

describe("the article editor's form", () => {
  it("reads tags typed as a comma list: trimmed, empty ones dropped, each once", () => {
    expect(parseTags(" vpn, Password ,, password,wifi ")).toEqual(["vpn", "Password", "wifi"]);
    expect(parseTags("")).toEqual([]);
  });

  it("keeps the audiences in the API's order whatever order they are ticked in", () => {
    expect(toggleAudience(["agents"], "new", true)).toEqual(["new", "agents"]);
    expect(toggleAudience(["new", "current"], "new", false)).toEqual(["current"]);
  });

  it("starts a new article as an English draft for current employees", () => {
    expect(newArticleBody({ ...emptyDraft(), title: "VPN", body: "# VPN" }, "draft")).toEqual({
      title: "VPN",
      body: "# VPN",
      language: "en",
      status: "draft",
      categoryId: null,
      audiences: ["current"],
      tags: [],
      visibility: "signed_in",
      ownerId: null,
      reviewBy: null,
    });
  });

  it("makes the Urdu version of an article share its key, category, audiences and owner", () => {
    const body = newArticleBody({ ...emptyDraft(english), title: "پاس ورڈ", body: "متن" }, "published");
    expect(body).toMatchObject({
      key: "reset-password",
      language: "ur",
      categoryId: english.categoryId,
      audiences: ["new", "current"],
      tags: ["password", "account"],
      visibility: "public",
      ownerId: english.ownerId,
      status: "published",
    });
  });

  it("saves an edit on top of the version read, with the note only when one was written", () => {
    const article = { ...english, title: "Reset", body: "Old" } as unknown as KbArticle;
    const draft = { ...draftOf(article), body: "New" };
    expect(articlePatch(draft, 3, "draft")).toMatchObject({ version: 3, body: "New", status: "draft" });
    expect(articlePatch(draft, 3, "draft")).not.toHaveProperty("note");
    expect(articlePatch({ ...draft, note: " typo " }, 3, "published").note).toBe("typo");
  });

  it("recognises the 409 of a stale version and the newest version it names", () => {
    const conflict = new ApiError(409, {
      code: "ARTICLE_VERSION_CONFLICT",
      detail: "Someone saved",
      currentVersion: 4,
    });
    expect(isVersionConflict(conflict)).toBe(true);
    expect(currentVersionOf(conflict)).toBe(4);
    expect(isVersionConflict(new ApiError(409, { code: "ARTICLE_KEY_TAKEN" }))).toBe(false);
    expect(currentVersionOf(new Error("offline"))).toBeNull();
  });
});
