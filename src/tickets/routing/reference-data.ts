import type { Deps } from "../../context.ts";
import type { Db } from "../../platform/db/database.ts";
import { activeRoutingRules, categoryIds, findGroup, loadPriorityMatrix, serviceDeskGroup } from "./routing.store.ts";

// Read on every ticket write and changed only by admins: served from the per-process reference cache.
type Cached = Pick<Deps, "cache">;

export const priorityMatrix = (deps: Cached, db: Db) => deps.cache.get("tickets:matrix", () => loadPriorityMatrix(db));
export const routingRules = (deps: Cached, db: Db) =>
  deps.cache.get("tickets:routing-rules", () => activeRoutingRules(db));
export const serviceDesk = (deps: Cached, db: Db) => deps.cache.get("tickets:service-desk", () => serviceDeskGroup(db));
export const supportGroup = (deps: Cached, db: Db, id: string) =>
  deps.cache.get(`tickets:group:${id}`, () => findGroup(db, id));
/** Whether a ticket category exists (categories are created and renamed by admins, never deleted). */
export const categoryExists = async (deps: Cached, db: Db, id: string): Promise<boolean> =>
  (await deps.cache.get("tickets:categories", () => categoryIds(db))).has(id);
