import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { diffFields } from "../../identity/audit.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { agentToolError } from "../agent-tools.errors.ts";
import { authorizeTool } from "../agent-tools.policy.ts";
import { deleteCannedResponseRow, lockCannedResponse } from "./canned-response.store.ts";
import { CANNED_RESPONSE_FIELDS } from "./create-canned-response.ts";

/** Deletes a canned response (managers and admins); the audit log keeps what it said. */
export async function deleteCannedResponse(deps: Pick<Deps, "db" | "clock">, actor: Actor, id: string): Promise<void> {
  authorizeTool(actor, "cannedResponse.write");
  await deps.db.transaction(async (tx) => {
    const before = await lockCannedResponse(tx, actor, id);
    if (!before) throw agentToolError("CANNED_RESPONSE_NOT_FOUND", "params.id");
    await deleteCannedResponseRow(tx, id);
    const changes = diffFields(before, null, CANNED_RESPONSE_FIELDS);
    await recordAudit(
      tx,
      actor,
      { action: "canned_response.deleted", entity: "canned_response", entityId: id, changes },
      deps.clock.now(),
    );
  });
}
