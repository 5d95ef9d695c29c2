import { describe, expect, it } from "vitest";
import { TOKEN_SCOPES, type Role, type TokenScope } from "../shared/enums.ts";
import type { Actor } from "./actor.ts";
import {
  authorize,
  can,
  decide,
  DIRECTORY_ACTIONS,
  type DirectoryAction,
  type DirectorySubject,
} from "./directory.policy.ts";

const OWN_ORG = "org-own";
const OTHER_ORG = "org-other";

type Who = "requester" | "orgManager" | "agent" | "manager" | "admin";

function actor(who: Who, scopes?: TokenScope[]): Actor {
  const role: Role = who === "orgManager" ? "requester" : who;
  return {
    personId: `${who}-id`,
    name: who,
    role,
    organizationId: OWN_ORG,
    orgManager: who === "orgManager",
    groupIds: [],
    scopes: scopes ?? TOKEN_SCOPES.filter((s) => s !== "admin" || role === "admin"),
    via: scopes ? "token" : "session",
  };
}

const WHO: readonly Who[] = ["requester", "orgManager", "agent", "manager", "admin"];

// With a session (every scope the role has) and no particular record: may they do this at all?
// Columns: requester, orgManager, agent, manager, admin.
const ALLOWED: Record<DirectoryAction, [boolean, boolean, boolean, boolean, boolean]> = {
  "organization.read": [true, true, true, true, true],
  "organization.write": [false, false, false, false, true],
  "person.read": [true, true, true, true, true],
  "person.write": [false, false, false, false, true],
  "group.read": [false, false, true, true, true],
  "group.write": [false, false, false, false, true],
  "category.read": [true, true, true, true, true],
  "category.write": [false, false, false, false, true],
  "routingRule.read": [false, false, true, true, true],
  "routingRule.write": [false, false, false, false, true],
  "priorityMatrix.read": [true, true, true, true, true],
  "priorityMatrix.write": [false, false, false, false, true],
  "token.read": [true, true, true, true, true],
  "token.write": [true, true, true, true, true],
  "audit.read": [false, false, false, false, true],
};

describe("directory policy: role × action", () => {
  it("covers every action", () => {
    expect(Object.keys(ALLOWED).sort()).toEqual([...DIRECTORY_ACTIONS].sort());
  });

  for (const action of DIRECTORY_ACTIONS) {
    WHO.forEach((who, column) => {
      const allowed = ALLOWED[action][column];
      it(`${allowed ? "lets" : "forbids"} ${who} ${action}`, () => {
        expect(can(actor(who), action)).toBe(allowed);
        expect(decide(actor(who), action)).toBe(allowed ? "allow" : "forbidden");
      });
    });
  }
});

describe("directory policy: whose record", () => {
  const cases: Array<[Who, DirectoryAction, DirectorySubject, boolean]> = [
    ["requester", "organization.read", { organizationId: OWN_ORG }, true],
    ["requester", "organization.read", { organizationId: OTHER_ORG }, false],
    ["agent", "organization.read", { organizationId: OTHER_ORG }, true],
    ["requester", "person.read", { personId: "requester-id", organizationId: OWN_ORG }, true],
    ["requester", "person.read", { personId: "colleague", organizationId: OWN_ORG }, false],
    ["orgManager", "person.read", { personId: "colleague", organizationId: OWN_ORG }, true],
    ["orgManager", "person.read", { personId: "outsider", organizationId: OTHER_ORG }, false],
    ["agent", "person.read", { personId: "outsider", organizationId: OTHER_ORG }, true],
    ["requester", "token.read", { personId: "requester-id" }, true],
    ["manager", "token.read", { personId: "someone" }, false],
    ["agent", "token.write", { personId: "someone" }, false],
    ["admin", "token.write", { personId: "someone" }, true],
  ];
  for (const [who, action, subject, allowed] of cases) {
    it(`${allowed ? "lets" : "forbids"} ${who} ${action} ${JSON.stringify(subject)}`, () => {
      expect(can(actor(who), action, subject)).toBe(allowed);
    });
  }
});

describe("directory policy: token scopes", () => {
  it("needs directory:read to read and directory:write to write, even for an admin", () => {
    expect(decide(actor("admin", ["directory:read"]), "person.read")).toBe("allow");
    expect(decide(actor("admin", ["directory:read"]), "person.write")).toBe("scope_missing");
    expect(decide(actor("admin", ["directory:write"]), "audit.read")).toBe("scope_missing");
    expect(decide(actor("admin", ["tickets:read", "tickets:write"]), "organization.read")).toBe("scope_missing");
    expect(decide(actor("admin", ["admin"]), "person.write")).toBe("allow");
  });

  it("opens categories and the matrix to any ticket scope, since filing a ticket needs them", () => {
    for (const action of ["category.read", "priorityMatrix.read"] as const) {
      expect(can(actor("requester", ["tickets:read"]), action)).toBe(true);
      expect(can(actor("requester", ["tickets:write"]), action)).toBe(true);
      expect(can(actor("requester", []), action)).toBe(false);
    }
  });

  it("never lets a scope stand in for the role", () => {
    expect(decide(actor("agent", ["admin"]), "organization.write")).toBe("forbidden");
  });

  it("throws the matching identity error", () => {
    expect(() => authorize(actor("agent"), "person.write")).toThrow(
      expect.objectContaining({ code: "FORBIDDEN", kind: "forbidden" }),
    );
    expect(() => authorize(actor("admin", ["tickets:read"]), "person.write")).toThrow(
      expect.objectContaining({ code: "SCOPE_MISSING" }),
    );
    expect(() => authorize(actor("admin"), "person.write")).not.toThrow();
  });
});
