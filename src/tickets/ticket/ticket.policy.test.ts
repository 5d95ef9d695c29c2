import { describe, expect, it } from "vitest";
import type { Actor } from "../../identity/actor.ts";
import { TOKEN_SCOPES, type Role, type TokenScope } from "../../shared/enums.ts";
import { abilities, authorize, can, canCreate, canSee, type TicketAccess, type TicketAction } from "./ticket.policy.ts";

const OWN_ORG = "org-own";
const OTHER_ORG = "org-other";
const GROUP = "group-service-desk";
const OTHER_GROUP = "group-network";
const ACTIONS: readonly TicketAction[] = ["read", "reply", "note", "update", "attach"];

type Who =
  | "requester" // raised the ticket
  | "colleague" // a requester of the same organization
  | "orgManager" // a requester who manages the ticket's organization
  | "outsiderManager" // a requester who manages another organization
  | "assignee" // the agent the ticket is assigned to (not in its group)
  | "groupAgent" // an agent of the ticket's group
  | "follower" // an agent who worked on it and no longer holds it
  | "otherAgent" // an agent of another group who never touched it
  | "manager"
  | "admin";

function actor(who: Who, scopes?: TokenScope[]): Actor {
  const role: Role =
    who === "manager" || who === "admin"
      ? who
      : ["assignee", "groupAgent", "follower", "otherAgent"].includes(who)
        ? "agent"
        : "requester";
  return {
    personId: `${who}-id`,
    name: who,
    role,
    organizationId: who === "outsiderManager" ? OTHER_ORG : OWN_ORG,
    orgManager: who === "orgManager" || who === "outsiderManager",
    groupIds: who === "groupAgent" ? [OTHER_GROUP, GROUP] : who === "otherAgent" ? [OTHER_GROUP] : [],
    scopes: scopes ?? TOKEN_SCOPES.filter((s) => s !== "admin" || role === "admin"),
    via: scopes ? "token" : "session",
  };
}

const TICKET: TicketAccess = {
  requesterId: "requester-id",
  organizationId: OWN_ORG,
  groupId: GROUP,
  assigneeId: "assignee-id",
  followerIds: ["follower-id"],
};

// With a session (every scope the role has): what may each of them do to the ticket above?
// Columns: read, reply, note, update, attach.
const ALLOWED: Record<Who, [boolean, boolean, boolean, boolean, boolean]> = {
  requester: [true, true, false, false, true],
  colleague: [false, false, false, false, false],
  orgManager: [true, true, false, false, true],
  outsiderManager: [false, false, false, false, false],
  assignee: [true, true, true, true, true],
  groupAgent: [true, true, true, true, true],
  follower: [true, false, true, false, true],
  otherAgent: [false, false, false, false, false],
  manager: [true, true, true, true, true],
  admin: [true, true, true, true, true],
};

describe("ticket policy: who may do what to a ticket", () => {
  for (const [who, row] of Object.entries(ALLOWED) as [Who, boolean[]][]) {
    it(`${who}: ${ACTIONS.map((a, k) => `${row[k] ? "" : "not "}${a}`).join(", ")}`, () => {
      expect(abilities(actor(who), TICKET)).toEqual(Object.fromEntries(ACTIONS.map((a, k) => [a, row[k]])));
      expect(canSee(actor(who), TICKET)).toBe(row[0]);
    });
  }

  it("an unassigned ticket of no group is held by nobody: agents see it only if they worked on it", () => {
    const queued: TicketAccess = { ...TICKET, groupId: null, assigneeId: null };
    expect(canSee(actor("groupAgent"), queued)).toBe(false);
    expect(canSee(actor("assignee"), queued)).toBe(false);
    expect(abilities(actor("follower"), queued)).toEqual({
      read: true,
      reply: false,
      note: true,
      update: false,
      attach: true,
    });
    expect(canSee(actor("manager"), queued)).toBe(true);
  });

  it("an organization manager sees their own organization's tickets, not another's", () => {
    const elsewhere: TicketAccess = { ...TICKET, requesterId: "stranger-id", organizationId: OTHER_ORG };
    expect(canSee(actor("orgManager"), elsewhere)).toBe(false);
    expect(canSee(actor("outsiderManager"), elsewhere)).toBe(true);
    expect(canSee(actor("requester"), elsewhere)).toBe(false);
  });
});

describe("ticket policy: token scopes narrow every role", () => {
  it("tickets:read reads and tickets:write does the rest, even for an admin", () => {
    expect(abilities(actor("admin", ["tickets:read"]), TICKET)).toEqual({
      read: true,
      reply: false,
      note: false,
      update: false,
      attach: false,
    });
    expect(abilities(actor("admin", ["tickets:write"]), TICKET)).toEqual({
      read: false,
      reply: true,
      note: true,
      update: true,
      attach: true,
    });
    expect(abilities(actor("admin", ["admin"]), TICKET)).toEqual(everyAction(true));
  });

  it("a directory scope opens no ticket", () => {
    expect(abilities(actor("manager", ["directory:read", "directory:write"]), TICKET)).toEqual(everyAction(false));
  });

  it("a scope never stands in for the role", () => {
    expect(abilities(actor("follower", ["admin"]), TICKET)).toEqual({
      ...everyAction(true),
      reply: false,
      update: false,
    });
    expect(abilities(actor("otherAgent", ["admin"]), TICKET)).toEqual(everyAction(false));
  });
});

describe("ticket policy: refusals", () => {
  it("hides a ticket the actor cannot see: 404 on the id, whatever the action", () => {
    for (const action of ACTIONS) {
      expect(() => authorize(actor("otherAgent"), action, TICKET)).toThrow(
        expect.objectContaining({ code: "TICKET_NOT_FOUND", kind: "not_found", field: "params.id" }),
      );
    }
  });

  it("names the missing scope of a token that sees the ticket", () => {
    expect(() => authorize(actor("assignee", ["tickets:write"]), "read", TICKET)).toThrow(
      expect.objectContaining({ code: "SCOPE_MISSING" }),
    );
    expect(() => authorize(actor("assignee", ["tickets:read"]), "update", TICKET)).toThrow(
      expect.objectContaining({ code: "SCOPE_MISSING" }),
    );
  });

  it("refuses what the role rules out on a visible ticket: 403", () => {
    expect(() => authorize(actor("follower"), "reply", TICKET)).toThrow(
      expect.objectContaining({ code: "TICKET_ACTION_FORBIDDEN", kind: "forbidden" }),
    );
    expect(() => authorize(actor("requester"), "note", TICKET)).toThrow(
      expect.objectContaining({ code: "TICKET_ACTION_FORBIDDEN" }),
    );
  });

  it("lets through what the role and the scopes allow", () => {
    expect(() => authorize(actor("follower"), "note", TICKET)).not.toThrow();
    expect(() => authorize(actor("requester", ["tickets:write"]), "reply", TICKET)).not.toThrow();
  });
});

describe("ticket policy: opening tickets", () => {
  it("staff open tickets for anyone; a requester only for themselves", () => {
    for (const who of ["assignee", "manager", "admin"] as const) expect(canCreate(actor(who), "anyone-id")).toBe(true);
    expect(canCreate(actor("requester"), "requester-id")).toBe(true);
    expect(canCreate(actor("requester"), "colleague-id")).toBe(false);
    expect(canCreate(actor("orgManager"), "colleague-id")).toBe(false);
  });

  it("needs tickets:write", () => {
    expect(canCreate(actor("admin", ["tickets:read", "directory:write"]), "anyone-id")).toBe(false);
    expect(canCreate(actor("requester", ["tickets:read"]), "requester-id")).toBe(false);
    expect(canCreate(actor("requester", ["tickets:write"]), "requester-id")).toBe(true);
  });
});

function everyAction(allowed: boolean): Record<TicketAction, boolean> {
  return Object.fromEntries(ACTIONS.map((a) => [a, allowed])) as Record<TicketAction, boolean>;
}

// `can` is what abilities() reports; checked once directly so a refactor of abilities() cannot hide a change of it.
describe("ticket policy: can", () => {
  it("agrees with abilities for every action", () => {
    for (const who of Object.keys(ALLOWED) as Who[]) {
      ACTIONS.forEach((action, k) => expect(can(actor(who), action, TICKET)).toBe(ALLOWED[who][k]));
    }
  });
});
