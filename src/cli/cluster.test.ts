import { describe, expect, it } from "vitest";
import { poolShare, processCount } from "./cluster.ts";

describe("frontline start --processes", () => {
  it("takes a number as it is, and auto as one process per core", () => {
    expect(processCount("3", 2)).toBe(3);
    expect(processCount("auto", 2)).toBe(2);
    expect(processCount("auto", 8)).toBe(8);
    expect(processCount("auto", 0)).toBe(1);
  });

  it("splits DATABASE_POOL_SIZE between the processes, so they hold about what one would", () => {
    expect(poolShare(20, 1)).toBe(20);
    expect(poolShare(20, 2)).toBe(10);
    expect(poolShare(20, 3)).toBe(7);
  });

  it("leaves each process at least two connections: a request's transaction and the worker's claim", () => {
    expect(poolShare(4, 8)).toBe(2);
    expect(poolShare(1, 2)).toBe(2);
  });
});
