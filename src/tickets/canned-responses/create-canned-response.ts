import type { Deps } from "../../context.ts";
import { actorIdOf, type Actor } from "../../identity/actor.ts";
import { diffFields } from "../../identity/audit.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { isUniqueViolation } from "../../identity/directory.store.ts";
import { agentToolError } from "../agent-tools.errors.ts";
import { authorizeTool } from "../agent-tools.policy.ts";
import { insertCannedResponseRow, type CannedResponseRow } from "./canned-response.store.ts";

export type NewCannedResponse = { title: string; body: string };

export const CANNED_RESPONSE_FIELDS = ["title", "body"] as const;

/** Adds a canned response every agent can insert (managers and admins); titles are unique, case-insensitively. Audited. */
export async function createCannedResponse(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  input: NewCannedResponse,
): Promise<CannedResponseRow> {
  authorizeTool(actor, "cannedResponse.write");
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const row = await insertCannedResponseRow(tx, {
      title: input.title,
      body: input.body,
      createdBy: actorIdOf(actor),
      createdAt: now,
      updatedAt: now,
    }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? agentToolError("CANNED_RESPONSE_TITLE_TAKEN", "body.title") : error;
    });
    const changes = diffFields(null, row, CANNED_RESPONSE_FIELDS);
    await recordAudit(
      tx,
      actor,
      { action: "canned_response.created", entity: "canned_response", entityId: row.id, changes },
      now,
    );
    return row;
  });
}
