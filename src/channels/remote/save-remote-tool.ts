import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { diffFields, hasChanges } from "../../identity/audit.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { identityError } from "../../identity/identity.errors.ts";
import { remoteError } from "./remote.errors.ts";
import { templateProblem } from "./remote.ts";
import {
  insertRemoteTool,
  lockRemoteToolUnscoped,
  remoteToolNameTaken,
  updateRemoteTool,
  type RemoteToolRow,
} from "./remote.store.ts";

export type RemoteToolInput = {
  name: string;
  launchTemplate: string;
  agentInstructions: string;
  requesterInstructions: string;
  linkForRequester: boolean;
  active: boolean;
  position: number;
};

const FIELDS = [
  "name",
  "launchTemplate",
  "agentInstructions",
  "requesterInstructions",
  "linkForRequester",
  "active",
  "position",
] as const;

/**
 * Adds a remote-access tool (id null) or replaces one (admin), audited field by field. A launch template that could
 * produce a javascript:, data: or vbscript: link, or takes its scheme from the placeholder, is refused (422 naming
 * body.launchTemplate).
 */
export async function saveRemoteTool(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  id: string | null,
  input: RemoteToolInput,
): Promise<RemoteToolRow> {
  if (actor.role !== "admin") throw identityError("FORBIDDEN");
  if (templateProblem(input.launchTemplate)) throw remoteError("REMOTE_TEMPLATE_UNSAFE", "body.launchTemplate");
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const before = id ? await lockRemoteToolUnscoped(tx, id) : undefined;
    if (id && !before) throw remoteError("REMOTE_TOOL_NOT_FOUND", "params.id");
    if (await remoteToolNameTaken(tx, input.name, id)) throw remoteError("REMOTE_TOOL_NAME_TAKEN", "body.name");
    const changes = diffFields(before ?? null, input, FIELDS);
    if (before && !hasChanges(changes)) return before;
    const saved = before
      ? await updateRemoteTool(tx, before.id, { ...input, updatedAt: now })
      : await insertRemoteTool(tx, { ...input, updatedAt: now });
    await recordAudit(
      tx,
      actor,
      {
        action: before ? "remote_tool.updated" : "remote_tool.created",
        entity: "remote_tool",
        entityId: saved.id,
        changes,
      },
      now,
    );
    return saved;
  });
}
