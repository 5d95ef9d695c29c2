import type { Db } from "../../platform/db/database.ts";
import type { AssignmentStrategy } from "../../shared/enums.ts";
import { claimNextMember } from "./routing.store.ts";

/** Picks an assignee inside a group by its strategy (none for manual), taking that member's turn. */
export async function assignInGroup(
  tx: Db,
  groupId: string,
  strategy: AssignmentStrategy,
  at: Date,
): Promise<string | null> {
  if (strategy === "manual") return null;
  // Under a burst larger than the group every member row can be mid-assignment: the ticket goes to the member next
  // in line rather than wait, at the cost of a slightly uneven turn (claimNextMember, in one statement).
  return claimNextMember(tx, groupId, strategy, at);
}
