import type { AssignmentStrategy } from "../../shared/enums.ts";

/**
 * How a new ticket's assignee is picked inside its group: by the group's strategy (round robin or least loaded), or
 * not at all for a manual group (undefined). The pick itself is made by the statement that inserts the ticket
 * (appendFirstEvents takes the member's turn in it, claimNextMemberCtes), so a create pays no round trip for its
 * assignee. Under a burst larger than the group every member row can be mid-assignment: the ticket then goes to the
 * member next in line rather than wait, at the cost of a slightly uneven turn.
 */
export function assignmentInGroup(
  groupId: string,
  strategy: AssignmentStrategy,
  at: Date,
): { groupId: string; strategy: Exclude<AssignmentStrategy, "manual">; at: Date } | undefined {
  return strategy === "manual" ? undefined : { groupId, strategy, at };
}
