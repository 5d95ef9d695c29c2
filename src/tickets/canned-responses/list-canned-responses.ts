import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { authorizeTool } from "../agent-tools.policy.ts";
import { findCannedResponses, type CannedResponseRow } from "./canned-response.store.ts";

/** The desk's canned responses by title, optionally only those whose title or body contains `q`. Staff only. */
export async function listCannedResponses(
  deps: Pick<Deps, "db">,
  actor: Actor,
  q?: string,
): Promise<CannedResponseRow[]> {
  authorizeTool(actor, "cannedResponse.read");
  return findCannedResponses(deps.db, actor, q);
}
