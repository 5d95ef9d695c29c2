import { describe, expect, it } from "vitest";
import { liveHub, type NotificationSource } from "./live-hub.ts";

/** A NOTIFY source in memory that counts LISTENs and can be told to fail or to hold a LISTEN back. */
function fakeSource() {
  const subscribers = new Set<(payload: string) => void>();
  const state = { listens: 0, unlistens: 0, fail: false, gate: undefined as Promise<void> | undefined };
  const source: NotificationSource = {
    async listen(_channel, onMessage) {
      if (state.gate) await state.gate;
      if (state.fail) throw new Error("no connection");
      state.listens++;
      subscribers.add(onMessage);
      return async () => {
        state.unlistens++;
        subscribers.delete(onMessage);
      };
    },
  };
  return {
    source,
    state,
    notify: (payload: string) => [...subscribers].forEach((s) => s(payload)),
    active: () => subscribers.size,
  };
}

const decode = (payload: string) => (payload.startsWith("{") ? (JSON.parse(payload) as { n: number }) : undefined);

describe("live hub", () => {
  it("listens once for any number of subscribers and stops when the last one leaves", async () => {
    const { source, state, notify, active } = fakeSource();
    const hub = liveHub(source, { channel: "frontline_test", decode });
    const a: number[] = [];
    const b: number[] = [];
    const [stopA, stopB] = await Promise.all([hub.subscribe((m) => a.push(m.n)), hub.subscribe((m) => b.push(m.n))]);
    expect(state.listens).toBe(1);
    notify('{"n":1}');
    stopA();
    notify('{"n":2}');
    expect(a).toEqual([1]);
    expect(b).toEqual([1, 2]);
    expect(hub.size()).toBe(1);
    stopB();
    stopB();
    await hub.close();
    expect(state.unlistens).toBe(1);
    expect(active()).toBe(0);
  });

  it("listens again for a subscriber that comes after everyone had left", async () => {
    const { source, state, notify } = fakeSource();
    const hub = liveHub(source, { channel: "frontline_test", decode });
    (await hub.subscribe(() => undefined))();
    const heard: number[] = [];
    await hub.subscribe((m) => heard.push(m.n));
    notify('{"n":7}');
    expect(heard).toEqual([7]);
    expect(state).toMatchObject({ listens: 2, unlistens: 1 });
    await hub.close();
  });

  it("drops payloads the decoder refuses, and keeps delivering when a listener throws", async () => {
    const { source, notify } = fakeSource();
    const errors: unknown[] = [];
    const hub = liveHub(source, { channel: "frontline_test", decode, onError: (e) => errors.push(e) });
    const heard: number[] = [];
    await hub.subscribe(() => {
      throw new Error("broken stream");
    });
    await hub.subscribe((m) => heard.push(m.n));
    notify("not json");
    notify('{"n":3}');
    notify("{broken");
    expect(heard).toEqual([3]);
    expect(errors.map((e) => (e as Error).message)).toEqual(["broken stream", expect.stringContaining("JSON")]);
    await hub.close();
  });

  it("refuses subscribers when LISTEN fails, and tries again for the next one", async () => {
    const { source, state } = fakeSource();
    const hub = liveHub(source, { channel: "frontline_test", decode });
    state.fail = true;
    await expect(hub.subscribe(() => undefined)).rejects.toThrow("no connection");
    expect(hub.size()).toBe(0);
    state.fail = false;
    await hub.subscribe(() => undefined);
    expect(state.listens).toBe(1);
    await hub.close();
  });

  it("resolves a subscription only once the LISTEN is in force", async () => {
    const { source, state } = fakeSource();
    let open!: () => void;
    state.gate = new Promise((resolve) => (open = resolve));
    const hub = liveHub(source, { channel: "frontline_test", decode });
    let subscribed = false;
    const pending = hub.subscribe(() => undefined).then(() => (subscribed = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(subscribed).toBe(false);
    open();
    await pending;
    expect(state.listens).toBe(1);
    await hub.close();
  });

  it("refuses subscriptions after close and stops listening", async () => {
    const { source, state } = fakeSource();
    const hub = liveHub(source, { channel: "frontline_test", decode });
    await hub.subscribe(() => undefined);
    await hub.close();
    expect(state.unlistens).toBe(1);
    expect(hub.size()).toBe(0);
    await expect(hub.subscribe(() => undefined)).rejects.toThrow("closed");
  });
});
