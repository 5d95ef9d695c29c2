import type { Actor } from "../../identity/actor.ts";
import type { Db } from "../../platform/db/database.ts";
import { findPath, type PathRow } from "./onboarding.store.ts";

/**
 * The onboarding path a person follows: their organization's own path, else the path for new employees; staff
 * follow the path for agents.
 */
export async function pathFor(db: Db, person: Pick<Actor, "role" | "organizationId">): Promise<PathRow | undefined> {
  if (person.role !== "requester") return findPath(db, { audience: "agents" });
  return (await findPath(db, { organizationId: person.organizationId })) ?? findPath(db, { audience: "new" });
}
