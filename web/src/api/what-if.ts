import { client, type ApiBody, type Schema } from "./client.ts";

/** A past period replayed under a draft SLA: compliance as it was and as it would have been, and the flips. */
export type WhatIf = Schema<"SlaWhatIf">;

/** Replays the period under the draft (managers and admins); the server never writes, so nothing is invalidated. */
export function replayUnderDraft(body: ApiBody<"/api/v1/reports/what-if", "post">): Promise<WhatIf> {
  return client.post("/api/v1/reports/what-if", { body });
}
