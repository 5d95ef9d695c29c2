import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { actorFor } from "../../../test/support/factories.ts";
import type { LiveHub, LiveListener } from "../../platform/live/live-hub.ts";
import type { LiveMessage } from "./live.ts";
import { liveStreams, type StreamSink } from "./live-streams.ts";

/** A hub in memory: `emit` reaches every subscriber; `onSubscribe` runs while a subscription is being set up. */
function fakeHub() {
  const listeners = new Set<LiveListener<LiveMessage>>();
  const state = { onSubscribe: undefined as (() => void) | undefined, fail: false };
  const hub: LiveHub<LiveMessage> = {
    async subscribe(listener) {
      if (state.fail) throw new Error("no database");
      listeners.add(listener);
      state.onSubscribe?.();
      return () => listeners.delete(listener);
    },
    size: () => listeners.size,
    close: async () => listeners.clear(),
  };
  return { hub, state, emit: (m: LiveMessage) => [...listeners].forEach((l) => l(m)) };
}

function fakeSink(buffered = () => 0) {
  const sink = { begun: 0, ended: 0, chunks: [] as string[] };
  const out: StreamSink = {
    begin: () => void sink.begun++,
    write: (chunk) => void sink.chunks.push(chunk),
    buffered,
    end: () => void sink.ended++,
  };
  return { sink, out };
}

const org = randomUUID();
const agent = actorFor({ id: randomUUID(), name: "Agent", role: "agent", organizationId: randomUUID() }, [
  randomUUID(),
]);
const message = (number: number, over: Partial<LiveMessage> = {}): LiveMessage =>
  ({
    type: "ticket",
    change: "updated",
    internal: false,
    ticketId: randomUUID(),
    number,
    organizationId: org,
    requesterId: randomUUID(),
    groupId: agent.groupIds[0]!,
    assigneeId: null,
    followerIds: [],
    at: new Date(0).toISOString(),
    ...over,
  }) as LiveMessage;

describe("live streams", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("begins with the retry delay, then writes what the caller may see and a keepalive every interval", async () => {
    const { hub, emit } = fakeHub();
    const streams = liveStreams(hub, { keepaliveMs: 1_000 });
    const { sink, out } = fakeSink();
    await streams.open(agent, out);
    expect(sink.begun).toBe(1);
    emit(message(10001));
    emit(message(10002, { groupId: randomUUID() }));
    vi.advanceTimersByTime(2_500);
    expect(sink.chunks).toEqual([
      "retry: 3000\n\n",
      `event: ticket\ndata: ${JSON.stringify({ change: "updated", ticketId: sink.chunks[1]!.match(/"ticketId":"([^"]+)"/)![1], number: 10001, at: new Date(0).toISOString() })}\n\n`,
      ": keepalive\n\n",
      ": keepalive\n\n",
    ]);
  });

  it("holds back what arrives while the subscription is being set up, and writes it after the retry line", async () => {
    const { hub, state, emit } = fakeHub();
    state.onSubscribe = () => emit(message(10003));
    const streams = liveStreams(hub);
    const { sink, out } = fakeSink();
    await streams.open(agent, out);
    expect(sink.chunks[0]).toBe("retry: 3000\n\n");
    expect(sink.chunks[1]).toContain('"number":10003');
  });

  it("bounds the streams per person, frees a slot on close, and closes once", async () => {
    const { hub } = fakeHub();
    const streams = liveStreams(hub, { maxPerPerson: 2 });
    const closes = [await streams.open(agent, fakeSink().out), await streams.open(agent, fakeSink().out)];
    await expect(streams.open(agent, fakeSink().out)).rejects.toMatchObject({
      code: "TOO_MANY_STREAMS",
      details: { limit: 2 },
    });
    const other = actorFor({ id: randomUUID(), name: "Other", role: "admin", organizationId: org });
    await streams.open(other, fakeSink().out);
    closes[0]!();
    closes[0]!();
    expect(streams.count(agent.personId)).toBe(1);
    await streams.open(agent, fakeSink().out);
    expect(streams.count()).toBe(3);
    expect(hub.size()).toBe(3);
  });

  it("cuts off a client that stops reading, and ends every stream when told to", async () => {
    const { hub, emit } = fakeHub();
    let backlog = 0;
    const streams = liveStreams(hub, { maxBufferedBytes: 100 });
    const slow = fakeSink(() => backlog);
    const fine = fakeSink();
    await streams.open(agent, slow.out);
    await streams.open(agent, fine.out);
    backlog = 500;
    emit(message(10004));
    expect(slow.sink.ended).toBe(1);
    expect(streams.count()).toBe(1);
    streams.closeAll();
    expect(fine.sink.ended).toBe(1);
    expect(streams.count()).toBe(0);
    expect(hub.size()).toBe(0);
    const late = fakeSink();
    await expect(streams.open(agent, late.out)).rejects.toMatchObject({ code: "LIVE_UNAVAILABLE" });
    expect(late.sink.begun).toBe(0);
    expect(hub.size()).toBe(0);
  });

  it("ends a stream after its lifetime, so the client reconnects and signs in again", async () => {
    const { hub } = fakeHub();
    const streams = liveStreams(hub, { maxLifetimeMs: 60_000 });
    const { sink, out } = fakeSink();
    await streams.open(agent, out);
    vi.advanceTimersByTime(53_000);
    expect(sink.ended).toBe(0);
    vi.advanceTimersByTime(14_000);
    expect(sink.ended).toBe(1);
    expect(streams.count()).toBe(0);
  });

  it("answers 503 LIVE_UNAVAILABLE when the hub cannot listen, holding no slot", async () => {
    const { hub, state } = fakeHub();
    state.fail = true;
    const streams = liveStreams(hub, { maxPerPerson: 1 });
    const { sink, out } = fakeSink();
    await expect(streams.open(agent, out)).rejects.toMatchObject({ code: "LIVE_UNAVAILABLE", kind: "unavailable" });
    expect(sink.begun).toBe(0);
    state.fail = false;
    await streams.open(agent, out);
    expect(streams.count(agent.personId)).toBe(1);
  });

  it("refuses a token without tickets:read", async () => {
    const streams = liveStreams(fakeHub().hub);
    await expect(
      streams.open({ ...agent, scopes: ["directory:read"], via: "token" }, fakeSink().out),
    ).rejects.toMatchObject({ code: "SCOPE_MISSING" });
    expect(streams.count()).toBe(0);
  });
});
