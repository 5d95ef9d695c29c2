import { useEffect, useState } from "react";
import { recordDeflection } from "../api/articles.ts";
import { newIdempotencyKey } from "../app/idempotency.ts";
import { draftTracker, type DraftTracker } from "./deflection.ts";

/**
 * The deflection tracker of one request draft: its id (a fresh version-4 UUID, made when the form opens) and the
 * report of a deflection when the draft is left — the page closed or navigated away (pagehide), or the form left
 * for another page of the app (unmount). The report is best effort: losing it loses one count, never the request.
 */
export function useDraftDeflection(): DraftTracker {
  const [tracker] = useState(() => draftTracker(newIdempotencyKey()));
  useEffect(() => {
    const report = () => {
      const deflection = tracker.leave();
      if (deflection) void recordDeflection(deflection, { keepalive: true }).catch(() => undefined);
    };
    window.addEventListener("pagehide", report);
    return () => {
      window.removeEventListener("pagehide", report);
      report();
    };
  }, [tracker]);
  return tracker;
}
