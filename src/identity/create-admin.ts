import type { Deps } from "../context.ts";
import { insertPerson } from "./create-person.ts";
import { findProviderOrganization, insertOrganizationRow } from "./directory.store.ts";

/** An administrator in the provider organization (created when there is none yet). */
export async function createAdmin(
  deps: Deps,
  input: { email: string; name: string; password: string; organization: string },
) {
  return deps.db.transaction(async (tx) => {
    const provider =
      (await findProviderOrganization(tx)) ??
      (await insertOrganizationRow(tx, { name: input.organization, kind: "provider" }));
    return insertPerson(tx, {
      organizationId: provider.id,
      name: input.name,
      email: input.email,
      role: "admin",
      password: input.password,
    });
  });
}
