import { describe, expect, it } from "vitest";
import type { Actor } from "../identity/actor.ts";
import { TOKEN_SCOPES, type Role, type TokenScope } from "../shared/enums.ts";
import { authorizeOnTicket, authorizeSla, canSla, type SlaAction } from "./sla-access.policy.ts";

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
const ALLOWED: Record<SlaAction, [boolean, boolean, boolean, boolean]> = {
  "settings.read": [false, true, true, true],
  preview: [true, true, true, true],
  "settings.write": [false, false, false, true],
  "ticketSla.read": [false, true, true, true],
  "escalation.create": [false, true, true, true],
  "escalation.list": [false, false, true, true],
  "notification.read": [true, true, true, true],
  "notification.write": [true, true, true, true],
};

// The token scopes that open each action on their own (any one of them is enough).
const OPENED_BY: Record<SlaAction, TokenScope[]> = {
  "settings.read": ["directory:read", "tickets:read", "admin"],
  preview: ["directory:read", "tickets:read", "admin"],
  "settings.write": ["directory:write", "admin"],
  "ticketSla.read": ["tickets:read", "admin"],
  "escalation.create": ["tickets:write", "admin"],
  "escalation.list": ["tickets:read", "admin"],
  "notification.read": ["tickets:read", "admin"],
  "notification.write": ["tickets:read", "tickets:write", "admin"],
};

const ACTIONS = Object.keys(ALLOWED) as SlaAction[];

describe("SLA access policy: role × action", () => {
  for (const action of ACTIONS) {
    ROLES.forEach((role, column) => {
      const allowed = ALLOWED[action][column];
      it(`${allowed ? "lets" : "forbids"} ${role} ${action}`, () => {
        expect(canSla(actor(role), action)).toBe(allowed);
        if (allowed) expect(() => authorizeSla(actor(role), action)).not.toThrow();
        else expect(() => authorizeSla(actor(role), action)).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
      });
    });
  }
});

describe("SLA access policy: token scopes", () => {
  for (const action of ACTIONS) {
    it(`${action} is opened by ${OPENED_BY[action].join(" or ")}, and by no other scope alone`, () => {
      for (const scope of TOKEN_SCOPES) {
        const opens = OPENED_BY[action].includes(scope);
        expect(canSla(actor("admin", [scope]), action), scope).toBe(opens);
        if (opens) expect(() => authorizeSla(actor("admin", [scope]), action)).not.toThrow();
        else
          expect(() => authorizeSla(actor("admin", [scope]), action)).toThrow(
            expect.objectContaining({ code: "SCOPE_MISSING", kind: "forbidden" }),
          );
      }
    });
  }

  it("a scope never stands in for the role", () => {
    expect(canSla(actor("agent", ["admin"]), "settings.write")).toBe(false);
    expect(() => authorizeSla(actor("requester", ["admin"]), "settings.read")).toThrow(
      expect.objectContaining({ code: "FORBIDDEN" }),
    );
  });
});

describe("SLA access policy: on a ticket the actor can see", () => {
  it("answers a requester the way ticket routes do: the action is forbidden on this ticket", () => {
    for (const action of ["ticketSla.read", "escalation.create"] as const) {
      expect(() => authorizeOnTicket(actor("requester"), action)).toThrow(
        expect.objectContaining({ code: "TICKET_ACTION_FORBIDDEN", kind: "forbidden" }),
      );
    }
  });

  it("lets staff read the ticket's SLA with tickets:read and escalate with tickets:write", () => {
    for (const role of ["agent", "manager", "admin"] as const) {
      expect(() => authorizeOnTicket(actor(role), "ticketSla.read")).not.toThrow();
      expect(() => authorizeOnTicket(actor(role), "escalation.create")).not.toThrow();
    }
    expect(() => authorizeOnTicket(actor("agent", ["tickets:read"]), "ticketSla.read")).not.toThrow();
    expect(() => authorizeOnTicket(actor("agent", ["tickets:read"]), "escalation.create")).toThrow(
      expect.objectContaining({ code: "SCOPE_MISSING" }),
    );
    expect(() => authorizeOnTicket(actor("agent", ["tickets:write"]), "ticketSla.read")).toThrow(
      expect.objectContaining({ code: "SCOPE_MISSING" }),
    );
    expect(() => authorizeOnTicket(actor("agent", ["tickets:write"]), "escalation.create")).not.toThrow();
  });
});
