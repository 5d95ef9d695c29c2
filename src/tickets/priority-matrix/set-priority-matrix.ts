import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { diffFields, hasChanges } from "../../identity/audit.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { authorize } from "../../identity/directory.policy.ts";
import { IMPACTS, URGENCIES } from "../../shared/enums.ts";
import { lockPriorityMatrix, savePriorityMatrix } from "../routing/routing.store.ts";
import type { PriorityMatrix } from "../ticket/ticket.ts";

const CELLS = IMPACTS.flatMap((impact) => URGENCIES.map((urgency) => `${impact}.${urgency}`));

function cells(matrix: PriorityMatrix): Record<string, string> {
  return Object.fromEntries(
    IMPACTS.flatMap((impact) => URGENCIES.map((urgency) => [`${impact}.${urgency}`, matrix[impact][urgency]])),
  );
}

/**
 * Replaces the whole impact × urgency matrix (admin). New tickets use it; existing ones keep their
 * priority. Audited cell by cell ("organization.high": {from, to}).
 */
export async function setPriorityMatrix(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  matrix: PriorityMatrix,
): Promise<PriorityMatrix> {
  authorize(actor, "priorityMatrix.write");
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const before = await lockPriorityMatrix(tx);
    const changes = diffFields(cells(before), cells(matrix), CELLS);
    if (!hasChanges(changes)) return before;
    await savePriorityMatrix(tx, matrix, now);
    await recordAudit(
      tx,
      actor,
      { action: "priority_matrix.updated", entity: "setting", entityId: "priority_matrix", changes },
      now,
    );
    return matrix;
  });
}
