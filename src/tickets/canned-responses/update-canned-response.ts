import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { applyPatch, changedValues, diffFields, hasChanges } from "../../identity/audit.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { isUniqueViolation } from "../../identity/directory.store.ts";
import { agentToolError } from "../agent-tools.errors.ts";
import { authorizeTool } from "../agent-tools.policy.ts";
import { lockCannedResponse, updateCannedResponseRow, type CannedResponseRow } from "./canned-response.store.ts";
import { CANNED_RESPONSE_FIELDS } from "./create-canned-response.ts";

export type CannedResponsePatch = { title?: string; body?: string };

/** Retitles or rewrites a canned response (managers and admins); titles stay unique. Audited. */
export async function updateCannedResponse(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  id: string,
  patch: CannedResponsePatch,
): Promise<CannedResponseRow> {
  authorizeTool(actor, "cannedResponse.write");
  return deps.db.transaction(async (tx) => {
    const before = await lockCannedResponse(tx, actor, id);
    if (!before) throw agentToolError("CANNED_RESPONSE_NOT_FOUND", "params.id");
    const after = applyPatch(before, patch);
    const changes = diffFields(before, after, CANNED_RESPONSE_FIELDS);
    if (!hasChanges(changes)) return before;
    const now = deps.clock.now();
    const row = await updateCannedResponseRow(tx, id, { ...changedValues(after, changes), updatedAt: now }).catch(
      (error: unknown) => {
        throw isUniqueViolation(error) ? agentToolError("CANNED_RESPONSE_TITLE_TAKEN", "body.title") : error;
      },
    );
    await recordAudit(
      tx,
      actor,
      { action: "canned_response.updated", entity: "canned_response", entityId: id, changes },
      now,
    );
    return row;
  });
}
