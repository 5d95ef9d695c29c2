import type { Db } from "../platform/db/database.ts";
import { findPeopleRolesUnscoped } from "./directory.store.ts";
import { identityError, type IdentityErrorCode } from "./identity.errors.ts";

/**
 * Checks that each referenced person exists (else REFERENCE_NOT_FOUND) and is staff: an agent,
 * manager or admin (else `notStaff`). `fieldOf(i)` names the input field of the i-th id.
 */
export async function checkStaffPeople(
  tx: Db,
  ids: readonly string[],
  notStaff: IdentityErrorCode,
  fieldOf: (index: number) => string,
): Promise<void> {
  const roles = new Map((await findPeopleRolesUnscoped(tx, ids)).map((p) => [p.id, p.role]));
  ids.forEach((id, index) => {
    const role = roles.get(id);
    if (role === undefined) throw identityError("REFERENCE_NOT_FOUND", fieldOf(index));
    if (role === "requester") throw identityError(notStaff, fieldOf(index));
  });
}
