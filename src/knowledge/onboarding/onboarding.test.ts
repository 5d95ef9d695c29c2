import { describe, expect, it } from "vitest";
import { applyProgressEvent, itemDone } from "./onboarding.ts";

const tutorial = { kind: "tutorial" as const, id: "00000000-0000-4000-8000-000000000001" };
const article = { kind: "article" as const, id: "00000000-0000-4000-8000-000000000002" };
const t1 = new Date("2026-03-02T09:00:00Z");
const t2 = new Date("2026-03-02T09:05:00Z");

describe("onboarding progress", () => {
  it("records each moment once, the first time: opening, watching to the end, marking done", () => {
    const opened = applyProgressEvent(undefined, "opened", t1);
    expect(opened).toEqual({ openedAt: t1, watchedAt: null, doneAt: null });
    const watched = applyProgressEvent(applyProgressEvent(opened, "ended", t2), "ended", new Date(0));
    expect(watched).toEqual({ openedAt: t1, watchedAt: t2, doneAt: null });
    expect(applyProgressEvent(undefined, "done", t2)).toEqual({ openedAt: t2, watchedAt: null, doneAt: t2 });
  });

  it("counts a tutorial watched to the end as done; an article only when marked done", () => {
    const watched = { openedAt: t1, watchedAt: t2, doneAt: null };
    expect(itemDone(tutorial, watched)).toBe(true);
    expect(itemDone(article, { openedAt: t1, watchedAt: null, doneAt: null })).toBe(false);
    expect(itemDone(article, { openedAt: t1, watchedAt: null, doneAt: t2 })).toBe(true);
    expect(itemDone(tutorial, undefined)).toBe(false);
  });
});
