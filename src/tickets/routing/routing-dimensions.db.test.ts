import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import {
  buildCategory,
  buildGroup,
  buildPerson,
  buildWorkspace,
  ticketInput,
} from "../../../test/support/factories.ts";
import { createRoutingRule } from "./create-routing-rule.ts";
import { createTicket } from "../ticket/create-ticket.ts";

// Routing matches on each dimension a rule can name — the ticket's organization (its requester's), its channel
// and its category — through the real create path, with rules made the way an admin makes them. Tier-2
// groups, so the tier-1 service desk stays the fallback for a ticket no rule matches.
describeEachEngine("routing a new ticket by each dimension", (ctx) => {
  async function setup() {
    const w = await buildWorkspace(ctx.deps);
    const member = await buildPerson(ctx.deps, w.provider.id, "agent");
    const group = async () => buildGroup(ctx.deps, { tier: 2, members: [member.id], assignment: "manual" });
    const [byOrganization, byChannel, byCategory] = [await group(), await group(), await group()];
    const hardware = await buildCategory(ctx.deps, "Hardware");
    await createRoutingRule(ctx.deps, w.admin, {
      name: "Client org",
      position: 1,
      organizationId: w.client.id,
      groupId: byOrganization.id,
    });
    await createRoutingRule(ctx.deps, w.admin, {
      name: "Phone calls",
      position: 2,
      channel: "phone",
      groupId: byChannel.id,
    });
    await createRoutingRule(ctx.deps, w.admin, {
      name: "Hardware",
      position: 3,
      categoryId: hardware.id,
      groupId: byCategory.id,
    });
    return {
      w,
      hardware,
      groups: {
        byOrganization: byOrganization.id,
        byChannel: byChannel.id,
        byCategory: byCategory.id,
        serviceDesk: w.group.id,
      },
    };
  }

  it("by organization: the client's tickets go to its group whatever the channel; another organization's do not", async () => {
    const { w, groups } = await setup();
    const own = await createTicket(ctx.deps, w.requester, ticketInput());
    expect(own.state).toMatchObject({ channel: "portal", groupId: groups.byOrganization });
    const byPhone = await createTicket(
      ctx.deps,
      w.agent,
      ticketInput({ requesterId: w.colleague.personId, channel: "phone" }),
    );
    expect(byPhone.state.groupId).toBe(groups.byOrganization); // the first matching rule wins
    const outsider = await createTicket(ctx.deps, w.outsider, ticketInput());
    expect(outsider.state).toMatchObject({ channel: "portal", groupId: groups.serviceDesk });
  });

  it("by channel: another organization's phone ticket goes to the phone group; its email ticket does not", async () => {
    const { w, groups } = await setup();
    const phone = await createTicket(
      ctx.deps,
      w.agent,
      ticketInput({ requesterId: w.outsider.personId, channel: "phone" }),
    );
    expect(phone.state).toMatchObject({ channel: "phone", groupId: groups.byChannel });
    const email = await createTicket(
      ctx.deps,
      w.agent,
      ticketInput({ requesterId: w.outsider.personId, channel: "email" }),
    );
    expect(email.state).toMatchObject({ channel: "email", groupId: groups.serviceDesk });
  });

  it("by category: only a ticket in the category goes to its group", async () => {
    const { w, hardware, groups } = await setup();
    const other = await buildCategory(ctx.deps, "Software");
    const inCategory = await createTicket(ctx.deps, w.outsider, ticketInput({ categoryId: hardware.id }));
    expect(inCategory.state.groupId).toBe(groups.byCategory);
    const elsewhere = await createTicket(ctx.deps, w.outsider, ticketInput({ categoryId: other.id }));
    expect(elsewhere.state.groupId).toBe(groups.serviceDesk);
  });

  it("a rule that names two dimensions needs both", async () => {
    const { w, groups } = await setup();
    const both = await buildGroup(ctx.deps, { tier: 2, assignment: "manual" });
    await createRoutingRule(ctx.deps, w.admin, {
      name: "Outsider by phone",
      position: 0,
      organizationId: w.other.id,
      channel: "phone",
      groupId: both.id,
    });
    const phone = await createTicket(
      ctx.deps,
      w.agent,
      ticketInput({ requesterId: w.outsider.personId, channel: "phone" }),
    );
    expect(phone.state.groupId).toBe(both.id);
    const chat = await createTicket(
      ctx.deps,
      w.agent,
      ticketInput({ requesterId: w.outsider.personId, channel: "chat" }),
    );
    expect(chat.state.groupId).toBe(groups.serviceDesk);
    const clientPhone = await createTicket(
      ctx.deps,
      w.agent,
      ticketInput({ requesterId: w.requester.personId, channel: "phone" }),
    );
    expect(clientPhone.state.groupId).toBe(groups.byOrganization);
  });
});
