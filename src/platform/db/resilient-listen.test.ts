import { describe, expect, it } from "vitest";
import { backoffDelay, resilientListen, type ListenConnector } from "./resilient-listen.ts";

/** A connector in memory: each connection can be dropped from outside; attempts can be made to fail. */
function fakeConnector() {
  const state = { opened: 0, ended: 0, failNext: 0, drop: undefined as undefined | ((error?: unknown) => void) };
  const connect: ListenConnector = async (_onMessage, onEnd) => {
    if (state.failNext > 0) {
      state.failNext--;
      throw new Error("connection refused");
    }
    state.opened++;
    state.drop = onEnd;
    return { end: async () => void state.ended++ };
  };
  return { connect, state };
}

const until = async (done: () => boolean) => {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 5));
};

describe("a LISTEN that outlives its connection", () => {
  it("waits longer after each failed attempt, never past the cap, with jitter inside each bound", () => {
    const low = { baseMs: 100, capMs: 2_000, random: () => 0 };
    const high = { ...low, random: () => 0.999_999 };
    expect([0, 1, 2, 3, 4, 5, 40].map((n) => backoffDelay(n, low))).toEqual([50, 100, 200, 400, 800, 1_000, 1_000]);
    expect([0, 1, 2, 3, 4, 5, 40].map((n) => backoffDelay(n, high))).toEqual([100, 200, 400, 800, 1_600, 2_000, 2_000]);
  });

  it("reconnects by itself after the connection drops, and says so", async () => {
    const { connect, state } = fakeConnector();
    const heard: string[] = [];
    const stop = await resilientListen(
      connect,
      () => undefined,
      {
        onLost: () => heard.push("lost"),
        onRetry: (_e, next) => heard.push(`retry ${next.attempt}`),
        onRestored: (info) => heard.push(`restored after ${info.attempts}`),
      },
      { baseMs: 1, capMs: 4 },
    );
    state.failNext = 2;
    state.drop!(new Error("terminating connection due to administrator command"));
    await until(() => heard.length === 4);
    expect(heard).toEqual(["lost", "retry 2", "retry 3", "restored after 3"]);
    expect(state.opened).toBe(2);
    await stop();
    expect(state.ended).toBe(1);
  });

  it("does not reconnect a connection it closed itself, nor one dropped after the stop", async () => {
    const { connect, state } = fakeConnector();
    let lost = 0;
    const stop = await resilientListen(connect, () => undefined, { onLost: () => lost++ }, { baseMs: 1, capMs: 1 });
    const drop = state.drop!;
    await stop();
    drop();
    await new Promise((r) => setTimeout(r, 20));
    expect({ lost, opened: state.opened }).toEqual({ lost: 0, opened: 1 });
  });

  it("leaves the first failure to the caller", async () => {
    const { connect, state } = fakeConnector();
    state.failNext = 1;
    await expect(resilientListen(connect, () => undefined)).rejects.toThrow("connection refused");
  });
});
