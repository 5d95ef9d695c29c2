import { describe, expect, it } from "vitest";
import { draftTracker } from "./deflection.ts";

describe("a request draft's deflection", () => {
  it("is reported when a suggested article was opened and the draft is left unsent, once", () => {
    const draft = draftTracker("d1");
    draft.opened("a1");
    draft.opened("a2");
    expect(draft.leave()).toEqual({ draftId: "d1", articleId: "a2" });
    // Leaving is seen twice (the page hidden, then the form unmounted): one report.
    expect(draft.leave()).toBeNull();
  });

  it("is none when no article was opened", () => {
    const draft = draftTracker("d2");
    expect(draft.leave()).toBeNull();
    // Opening one later (the form came back from the browser's cache) still counts once.
    draft.opened("a1");
    expect(draft.leave()).toEqual({ draftId: "d2", articleId: "a1" });
  });

  it("is none when the request was sent, before or after an article was opened", () => {
    const draft = draftTracker("d3");
    draft.opened("a1");
    draft.sent();
    expect(draft.leave()).toBeNull();
    draft.opened("a2");
    expect(draft.leave()).toBeNull();
  });
});
