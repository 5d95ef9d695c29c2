// How far a person is along their onboarding path, from the progress rows of its items. Pure.
import type { LearningItem } from "../tutorial/learning-items.ts";

/** What the player and pages report: an item opened, a video watched to its end, an item marked done. */
export const PROGRESS_EVENTS = ["opened", "ended", "done"] as const;
export type ProgressEvent = (typeof PROGRESS_EVENTS)[number];

export type Progress = { openedAt: Date | null; watchedAt: Date | null; doneAt: Date | null };

/**
 * An item counts as done when it was marked done, or — for a tutorial — watched to the end (watching is the
 * point of a video; an article needs its reader to say they are done).
 */
export function itemDone(item: LearningItem, progress: Progress | undefined): boolean {
  if (!progress) return false;
  return progress.doneAt !== null || (item.kind === "tutorial" && progress.watchedAt !== null);
}

/** The progress row after an event: each moment is recorded once, the first time it happens. */
export function applyProgressEvent(current: Progress | undefined, event: ProgressEvent, at: Date): Progress {
  const base = current ?? { openedAt: null, watchedAt: null, doneAt: null };
  return {
    openedAt: base.openedAt ?? at,
    watchedAt: event === "ended" ? (base.watchedAt ?? at) : base.watchedAt,
    doneAt: event === "done" ? (base.doneAt ?? at) : base.doneAt,
  };
}
