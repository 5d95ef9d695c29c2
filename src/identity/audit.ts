/** Audit vocabulary and the pure diff every admin change records. */

// The list lives in src/shared so the admin audit filter offers exactly these, without a copy.
import type { AuditEntity } from "../shared/enums.ts";

export { AUDIT_ENTITIES, type AuditEntity } from "../shared/enums.ts";

/** What a secret field records instead of its value. */
export const SECRET_CHANGED = "[changed]";

export type FieldChange = { from: unknown; to: unknown };
export type AuditChanges = Record<string, FieldChange | typeof SECRET_CHANGED>;

export type AuditEntry = {
  action: string;
  entity: AuditEntity;
  entityId: string;
  changes: AuditChanges;
};

// jsonb keeps JSON: dates as ISO strings, missing as null, so the row reads the same on both engines.
function jsonValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(jsonValue);
  return value === undefined ? null : value;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(jsonValue(a)) === JSON.stringify(jsonValue(b));
}

/**
 * The {field: {from, to}} of the listed fields that differ between two versions of a record (null for
 * "did not exist", so a creation lists every set field and a deletion every field it had).
 */
export function diffFields<T extends Record<string, unknown>>(
  before: Partial<T> | null,
  after: Partial<T> | null,
  fields: readonly (keyof T & string)[],
): AuditChanges {
  const changes: AuditChanges = {};
  for (const field of fields) {
    const from = before ? before[field] : null;
    const to = after ? after[field] : null;
    if (!same(from, to)) changes[field] = { from: jsonValue(from), to: jsonValue(to) };
  }
  return changes;
}

/** The changes with each secret that was set recorded only as "[changed]", never its value. */
export function withSecrets(changes: AuditChanges, secrets: Record<string, boolean>): AuditChanges {
  const out = { ...changes };
  for (const [field, changed] of Object.entries(secrets)) if (changed) out[field] = SECRET_CHANGED;
  return out;
}

/** Whether an update changed anything worth a row in the audit log. */
export function hasChanges(changes: AuditChanges): boolean {
  return Object.keys(changes).length > 0;
}

/** The record after a patch: fields the patch leaves out (or sets to undefined) keep their value. */
export function applyPatch<T extends object>(before: T, patch: Partial<T>): T {
  const after = { ...before };
  for (const [key, value] of Object.entries(patch))
    if (value !== undefined) (after as Record<string, unknown>)[key] = value;
  return after;
}

/** The new values of the fields a diff says changed (secrets excluded: they are not in the record). */
export function changedValues<T extends object>(after: T, changes: AuditChanges): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(changes))
    if (key in after) (out as Record<string, unknown>)[key] = (after as Record<string, unknown>)[key];
  return out;
}
