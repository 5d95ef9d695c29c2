import { describe, expect, it } from "vitest";
import type { Actor } from "../identity/actor.ts";
import { TOKEN_SCOPES, type Role, type TokenScope } from "../shared/enums.ts";
import { authorizeTool, canUseTool, type AgentToolAction } from "./agent-tools.policy.ts";

const ROLES: readonly Role[] = ["requester", "agent", "manager", "admin"];

function actor(role: Role, scopes?: TokenScope[]): Actor {
  return {
    personId: `${role}-id`,
    name: role,
    role,
    organizationId: "org",
    orgManager: false,
    groupIds: [],
    scopes: scopes ?? TOKEN_SCOPES.filter((s) => s !== "admin" || role === "admin"),
    via: scopes ? "token" : "session",
  };
}

// With a session (every scope the role has). Columns: requester, agent, manager, admin.
const ALLOWED: Record<AgentToolAction, [boolean, boolean, boolean, boolean]> = {
  "live.read": [true, true, true, true],
  "view.read": [false, true, true, true],
  "view.write": [false, true, true, true],
  "cannedResponse.read": [false, true, true, true],
  "cannedResponse.write": [false, false, true, true],
  "ticket.bulkUpdate": [false, true, true, true],
};

// The one ticket scope each action needs ("admin" implies it).
const NEEDS: Record<AgentToolAction, TokenScope> = {
  "live.read": "tickets:read",
  "view.read": "tickets:read",
  "view.write": "tickets:write",
  "cannedResponse.read": "tickets:read",
  "cannedResponse.write": "tickets:write",
  "ticket.bulkUpdate": "tickets:write",
};

const ACTIONS = Object.keys(ALLOWED) as AgentToolAction[];

describe("agent tools policy: role × action", () => {
  for (const action of ACTIONS) {
    ROLES.forEach((role, column) => {
      const allowed = ALLOWED[action][column];
      it(`${allowed ? "lets" : "forbids"} ${role} ${action}`, () => {
        expect(canUseTool(actor(role), action)).toBe(allowed);
        if (allowed) expect(() => authorizeTool(actor(role), action)).not.toThrow();
        else expect(() => authorizeTool(actor(role), action)).toThrow(expect.objectContaining({ kind: "forbidden" }));
      });
    });
  }

  it("refuses a requester's bulk change in the tickets' own words, the other tools as FORBIDDEN", () => {
    expect(() => authorizeTool(actor("requester"), "ticket.bulkUpdate")).toThrow(
      expect.objectContaining({ code: "TICKET_ACTION_FORBIDDEN" }),
    );
    expect(() => authorizeTool(actor("requester"), "view.read")).toThrow(
      expect.objectContaining({ code: "FORBIDDEN" }),
    );
    expect(() => authorizeTool(actor("agent"), "cannedResponse.write")).toThrow(
      expect.objectContaining({ code: "FORBIDDEN" }),
    );
  });
});

describe("agent tools policy: token scopes", () => {
  for (const action of ACTIONS) {
    it(`${action} needs ${NEEDS[action]} (or admin), and no other scope opens it`, () => {
      for (const scope of TOKEN_SCOPES) {
        const opens = scope === NEEDS[action] || scope === "admin";
        expect(canUseTool(actor("manager", [scope]), action), scope).toBe(opens);
        if (opens) expect(() => authorizeTool(actor("manager", [scope]), action)).not.toThrow();
        else
          expect(() => authorizeTool(actor("manager", [scope]), action)).toThrow(
            expect.objectContaining({ code: "SCOPE_MISSING" }),
          );
      }
    });
  }

  it("a scope never stands in for the role", () => {
    expect(canUseTool(actor("requester", ["admin"]), "view.read")).toBe(false);
    expect(canUseTool(actor("agent", ["admin"]), "cannedResponse.write")).toBe(false);
  });
});
