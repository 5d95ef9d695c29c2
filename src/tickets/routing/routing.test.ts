import { describe, expect, it } from "vitest";
import { routeTicket, type RoutingRule } from "./routing.ts";

// A rule names up to three conditions — category, organization, channel — and a condition it leaves unset matches
// every ticket. The database tests (routing-dimensions.db.test.ts) route real tickets; this pins the rule itself
// for tickets of every kind, including the ones those tests never create (a categorised ticket under a rule that
// names no category).

const ticket = { categoryId: "hardware", organizationId: "acme", channel: "email" } as const;

function rule(conditions: Partial<Pick<RoutingRule, "categoryId" | "organizationId" | "channel">>): RoutingRule {
  return { id: "rule", groupId: "group", categoryId: null, organizationId: null, channel: null, ...conditions };
}

describe("routing a new ticket", () => {
  it.each([
    ["no condition at all", {}],
    ["only its organization", { organizationId: "acme" }],
    ["only its channel", { channel: "email" as const }],
    ["only its category", { categoryId: "hardware" }],
    ["its organization and channel, whatever its category", { organizationId: "acme", channel: "email" as const }],
    ["its category and channel, whatever its organization", { categoryId: "hardware", channel: "email" as const }],
    ["its category and organization, whatever its channel", { categoryId: "hardware", organizationId: "acme" }],
    ["all three", { categoryId: "hardware", organizationId: "acme", channel: "email" as const }],
  ])("a rule naming %s takes a ticket that has a category, an organization and a channel", (_, conditions) => {
    expect(routeTicket([rule(conditions)], ticket)?.groupId).toBe("group");
  });

  it.each([
    ["another category", { categoryId: "software" }],
    ["another organization", { organizationId: "globex" }],
    ["another channel", { channel: "phone" as const }],
    ["the right organization but another channel", { organizationId: "acme", channel: "phone" as const }],
    ["the right channel but another category", { channel: "email" as const, categoryId: "software" }],
  ])("a rule naming %s does not take it", (_, conditions) => {
    expect(routeTicket([rule(conditions)], ticket)).toBeUndefined();
  });

  it("a rule naming a category does not take a ticket without one", () => {
    expect(routeTicket([rule({ categoryId: "hardware" })], { ...ticket, categoryId: null })).toBeUndefined();
  });

  it("the first rule in order that matches wins", () => {
    const rules = [
      { ...rule({ channel: "phone" }), id: "phone", groupId: "phones" },
      { ...rule({ organizationId: "acme" }), id: "acme", groupId: "acme-desk" },
      { ...rule({}), id: "anything", groupId: "triage" },
    ];
    expect(routeTicket(rules, ticket)?.id).toBe("acme");
    expect(routeTicket(rules, { ...ticket, channel: "phone" })?.id).toBe("phone");
    expect(routeTicket(rules, { ...ticket, organizationId: "globex" })?.id).toBe("anything");
    expect(routeTicket([], ticket)).toBeUndefined();
  });
});
