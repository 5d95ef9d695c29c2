import type { Db } from "../../platform/db/database.ts";
import { PRIORITIES } from "../../shared/enums.ts";
import { existingCalendarIds } from "../calendar/calendar.store.ts";
import type { PolicyDefinition } from "./policy.ts";
import type { PolicyRow, PolicyVersionRow } from "./policy.store.ts";
import { activeStaffIds } from "../sla-references.store.ts";
import { slaError } from "../sla.errors.ts";

/**
 * Checks what a policy definition refers to: every target's calendar exists (UNKNOWN_CALENDAR naming
 * e.g. body.definition.targets.high.calendarId) and every named manager is active staff (UNKNOWN_PERSON).
 */
export async function checkPolicyReferences(
  tx: Db,
  definition: PolicyDefinition,
  field = "body.definition",
): Promise<void> {
  const calendars = await existingCalendarIds(
    tx,
    PRIORITIES.map((p) => definition.targets[p].calendarId),
  );
  for (const p of PRIORITIES) {
    if (!calendars.has(definition.targets[p].calendarId))
      throw slaError("UNKNOWN_CALENDAR", `${field}.targets.${p}.calendarId`);
  }
  const named = definition.escalations.flatMap((level, i) =>
    level.actions.flatMap((action, j) =>
      action.type === "notify"
        ? action.managerIds.map((id, k) => ({ id, at: `${field}.escalations.${i}.actions.${j}.managerIds.${k}` }))
        : [],
    ),
  );
  const staff = await activeStaffIds(
    tx,
    named.map((n) => n.id),
  );
  const missing = named.find((n) => !staff.has(n.id));
  if (missing) throw slaError("UNKNOWN_PERSON", missing.at);
}

/** A policy with its versions and the version in force now (the newest whose effective-from has come). */
export type PolicyView = { policy: PolicyRow; versions: PolicyVersionRow[]; current: PolicyVersionRow | null };

/** Groups versions under their policies (the same "in force" rule policiesInForceCached applies to new tickets). */
export function policyViews(
  rows: readonly PolicyRow[],
  versions: readonly PolicyVersionRow[],
  now: Date,
): PolicyView[] {
  const byPolicy = new Map<string, PolicyVersionRow[]>();
  for (const v of versions) byPolicy.set(v.policyId, [...(byPolicy.get(v.policyId) ?? []), v]);
  return rows.map((policy) => {
    const list = (byPolicy.get(policy.id) ?? []).sort((a, b) => a.version - b.version);
    const inForce = list.filter((v) => v.effectiveFrom <= now);
    return { policy, versions: list, current: inForce.at(-1) ?? null };
  });
}
