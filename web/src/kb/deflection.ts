// A deflection: while writing a request, the person opened a suggested article and then left the draft unsent —
// the article answered them. The server counts one per draft id; this tracker decides, on the client, whether
// leaving the draft is one and makes sure it is reported at most once (leaving can be seen twice: the page hidden,
// then the component unmounted).

export type Deflection = { draftId: string; articleId: string };

export type DraftTracker = {
  readonly draftId: string;
  /** A suggested article was opened from this draft (the last one opened is the one reported). */
  opened(articleId: string): void;
  /** The request was sent: leaving now is no deflection. */
  sent(): void;
  /** The draft is being left: the deflection to report, once; null when there is none (or it was reported). */
  leave(): Deflection | null;
};

export function draftTracker(draftId: string): DraftTracker {
  let articleId: string | null = null;
  let done = false;
  return {
    draftId,
    opened(id) {
      if (!done) articleId = id;
    },
    sent() {
      done = true;
    },
    leave() {
      if (done || articleId === null) return null;
      done = true;
      return { draftId, articleId };
    },
  };
}
