import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { actorFor } from "../../../test/support/factories.ts";
import type { FieldChange, TicketEvent, TicketFields } from "../ticket/events.ts";
import {
  changeKind,
  decodeLiveMessage,
  liveFrameFor,
  notificationMessages,
  ticketChangeMessage,
  type LiveMessage,
  type LiveTicketMessage,
} from "./live.ts";

const at = new Date("2026-03-02T09:00:00Z");
const message = { body: "x", channel: "portal" as const, attachmentIds: [], fromStaff: true };
const changed = (...changes: FieldChange[]): TicketEvent => ({
  type: "changed",
  at,
  actorId: null,
  data: { changes, reason: null },
});
const replied: TicketEvent = { type: "replied", at, actorId: null, data: message };
const noted: TicketEvent = { type: "noted", at, actorId: null, data: message };
const created: TicketEvent = {
  type: "created",
  at,
  actorId: null,
  data: { fields: {} as TicketFields, fromStaff: false },
};

describe("live messages", () => {
  it("names a batch of events in one word, and says whether the requester may hear of it", () => {
    expect(changeKind([created])).toEqual({ change: "created", internal: false });
    expect(changeKind([replied, changed({ field: "status", from: "new", to: "open" })])).toEqual({
      change: "replied",
      internal: false,
    });
    expect(changeKind([noted])).toEqual({ change: "noted", internal: true });
    expect(changeKind([noted, changed({ field: "status", from: "open", to: "pending" })])).toEqual({
      change: "updated",
      internal: false,
    });
    expect(changeKind([changed({ field: "priority", from: "low", to: "high" })])).toEqual({
      change: "updated",
      internal: false,
    });
    expect(
      changeKind([
        changed({ field: "tags", from: [], to: ["vip"] }, { field: "groupId", from: null, to: randomUUID() }),
      ]),
    ).toEqual({ change: "updated", internal: true });
  });

  it("decodes only well-formed messages", () => {
    const facts = {
      organizationId: randomUUID(),
      requesterId: randomUUID(),
      groupId: null,
      assigneeId: null,
      followerIds: [],
    };
    const ok = ticketChangeMessage({ id: randomUUID(), number: 10001, after: facts }, [created]);
    expect(decodeLiveMessage(JSON.stringify(ok))).toEqual(ok);
    for (const bad of [
      "",
      "not json",
      "{}",
      JSON.stringify({ ...ok, change: "deleted" }),
      JSON.stringify({ ...ok, ticketId: "10001" }),
      JSON.stringify({ ...ok, type: "chat" }),
    ]) {
      expect(decodeLiveMessage(bad), bad).toBeUndefined();
    }
  });

  it("passes each caller only what the ticket policy lets them read", () => {
    const client = randomUUID();
    const group = randomUUID();
    const requester = actorFor({ id: randomUUID(), name: "R", role: "requester", organizationId: client });
    const manager = actorFor({
      id: randomUUID(),
      name: "M",
      role: "requester",
      organizationId: client,
      orgManager: true,
    });
    const agentIn = actorFor({ id: randomUUID(), name: "A", role: "agent", organizationId: randomUUID() }, [group]);
    const agentOut = actorFor({ id: randomUUID(), name: "B", role: "agent", organizationId: randomUUID() }, [
      randomUUID(),
    ]);
    const admin = actorFor({ id: randomUUID(), name: "C", role: "admin", organizationId: randomUUID() });
    const base = {
      ticketId: randomUUID(),
      number: 10001,
      organizationId: client,
      requesterId: requester.personId,
      groupId: group,
      assigneeId: null,
      followerIds: [] as string[],
      at: at.toISOString(),
    };
    const ticket = (change: "replied" | "noted", internal: boolean): LiveTicketMessage => ({
      type: "ticket",
      change,
      internal,
      ...base,
    });
    const sla: LiveMessage = { type: "sla", threshold: "breach", clock: "response", ...base };
    const hears = (m: LiveMessage) =>
      [requester, manager, agentIn, agentOut, admin].map((a) => liveFrameFor(a, m) !== undefined);
    expect(hears(ticket("replied", false))).toEqual([true, true, true, false, true]);
    expect(hears(ticket("noted", true))).toEqual([false, false, true, false, true]);
    expect(hears(sla)).toEqual([false, false, true, false, true]);
    expect(hears({ ...ticket("replied", false), organizationId: randomUUID(), requesterId: randomUUID() })).toEqual([
      false,
      false,
      true,
      false,
      true,
    ]);
    expect(liveFrameFor(admin, sla)).toBe(
      `event: sla\ndata: ${JSON.stringify({ threshold: "breach", clock: "response", ticketId: base.ticketId, number: 10001, at: base.at })}\n\n`,
    );
    const readOnly = { ...agentIn, scopes: ["directory:read" as const] };
    expect(liveFrameFor(readOnly, sla)).toBeUndefined();
  });

  it("tells the followers of a ticket, and the group it just left, that it changed", () => {
    const [oldGroup, newGroup] = [randomUUID(), randomUUID()];
    const follower = actorFor({ id: randomUUID(), name: "F", role: "agent", organizationId: randomUUID() }, [
      randomUUID(),
    ]);
    const leftBehind = actorFor({ id: randomUUID(), name: "L", role: "agent", organizationId: randomUUID() }, [
      oldGroup,
    ]);
    const stranger = actorFor({ id: randomUUID(), name: "S", role: "agent", organizationId: randomUUID() }, [
      randomUUID(),
    ]);
    const after = {
      organizationId: randomUUID(),
      requesterId: randomUUID(),
      groupId: newGroup,
      assigneeId: null,
      followerIds: [follower.personId],
    };
    const moved = ticketChangeMessage({ id: randomUUID(), number: 10001, before: { groupId: oldGroup }, after }, [
      created,
    ]);
    expect(moved.formerGroupId).toBe(oldGroup);
    expect([follower, leftBehind, stranger].map((a) => liveFrameFor(a, moved) !== undefined)).toEqual([
      true,
      true,
      false,
    ]);
    const stayed = ticketChangeMessage({ id: randomUUID(), number: 10001, before: { groupId: newGroup }, after }, [
      created,
    ]);
    expect([follower, leftBehind, stranger].map((a) => liveFrameFor(a, stayed) !== undefined)).toEqual([
      true,
      false,
      false,
    ]);
  });

  it("passes a notification only to its recipient, and only with a scope that reads notifications", () => {
    const recipient = actorFor({ id: randomUUID(), name: "A", role: "agent", organizationId: randomUUID() });
    const colleague = actorFor({
      id: randomUUID(),
      name: "B",
      role: "admin",
      organizationId: recipient.organizationId,
    });
    const ticketId = randomUUID();
    const [message] = notificationMessages(
      [
        { personId: recipient.personId, ticketId },
        { personId: recipient.personId, ticketId },
      ],
      at,
    );
    expect(decodeLiveMessage(JSON.stringify(message))).toEqual(message);
    expect(liveFrameFor(recipient, message!)).toBe(
      `event: notification\ndata: ${JSON.stringify({ ticketId, at: at.toISOString() })}\n\n`,
    );
    expect(liveFrameFor(colleague, message!)).toBeUndefined();
    expect(liveFrameFor({ ...recipient, scopes: ["directory:read" as const] }, message!)).toBeUndefined();
  });

  it("announces each recipient's new notifications once per ticket", () => {
    const [a, b, t] = [randomUUID(), randomUUID(), randomUUID()];
    const rows = [
      { personId: a, ticketId: t },
      { personId: a, ticketId: t },
      { personId: b, ticketId: t },
      { personId: a, ticketId: null },
    ];
    expect(notificationMessages(rows, at).map((m) => [m.recipientId, m.ticketId])).toEqual([
      [a, t],
      [b, t],
      [a, null],
    ]);
  });
});
