import type { Deps } from "../context.ts";
import type { AssignmentStrategy } from "../shared/enums.ts";
import type { Actor } from "./actor.ts";
import { diffFields } from "./audit.ts";
import { recordAudit } from "./audit.store.ts";
import { checkStaffPeople } from "./check-staff-people.ts";
import { authorize } from "./directory.policy.ts";
import { isUniqueViolation } from "./directory.store.ts";
import { insertGroupRow, type GroupRow } from "./group.store.ts";
import { identityError } from "./identity.errors.ts";

export type NewGroup = {
  name: string;
  nameUr?: string | null;
  tier: number;
  leadId?: string | null;
  assignment?: AssignmentStrategy;
};

export const GROUP_FIELDS = ["name", "nameUr", "tier", "leadId", "assignment"] as const;

/** Adds a support group (admin): a unique name, a tier, a lead who is staff, an assignment strategy. Audited. */
export async function createGroup(deps: Pick<Deps, "db" | "clock">, actor: Actor, input: NewGroup): Promise<GroupRow> {
  authorize(actor, "group.write");
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    if (input.leadId) await checkStaffPeople(tx, [input.leadId], "GROUP_LEAD_NOT_AGENT", () => "body.leadId");
    const row = await insertGroupRow(tx, {
      name: input.name,
      nameUr: input.nameUr || null,
      tier: input.tier,
      leadId: input.leadId ?? null,
      assignment: input.assignment ?? "manual",
      createdAt: now,
    }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? identityError("NAME_TAKEN", "body.name") : error;
    });
    await recordAudit(
      tx,
      actor,
      { action: "group.created", entity: "group", entityId: row.id, changes: diffFields(null, row, GROUP_FIELDS) },
      now,
    );
    return row;
  });
}
