import type { Schema } from "./client.ts";
import type { paths } from "./schema";

/** One event of the stream: its name (`kind`) with its data, as GET /api/v1/live documents it. */
export type LiveEvent = Schema<"LiveEvent">;

const LIVE: keyof paths = "/api/v1/live";

/**
 * Opens the server-sent event stream of what changed (already filtered to what the caller may see). A stream, not
 * JSON, so it is the one URL the typed client does not fetch.
 */
export function openLiveStream(): EventSource {
  return new EventSource(LIVE);
}
