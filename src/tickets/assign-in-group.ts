import type { Db } from "../platform/db/database.ts";
import type { AssignmentStrategy } from "../shared/enums.ts";
import { leastLoaded, nextRoundRobin } from "./routing.ts";
import { lockGroupMembers, stampAssigned } from "./routing.store.ts";
import { openLoadByAssignee } from "./ticket.store.ts";

/** Picks an assignee inside a group by its strategy (none for manual), stamping the member for round robin. */
export async function assignInGroup(tx: Db, groupId: string, strategy: AssignmentStrategy, at: Date): Promise<string | null> {
  if (strategy === "manual") return null;
  // The row locks make two processes assigning at once take turns instead of both picking the same agent.
  const members = await lockGroupMembers(tx, groupId);
  if (members.length === 0) return null;
  const chosen =
    strategy === "round_robin"
      ? nextRoundRobin(members)
      : leastLoaded(members, await openLoadByAssignee(tx, members.map((m) => m.personId)));
  if (!chosen) return null;
  await stampAssigned(tx, groupId, chosen, at);
  return chosen;
}
