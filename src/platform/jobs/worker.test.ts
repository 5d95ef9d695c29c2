import pino from "pino";
import { describe, expect, it } from "vitest";
import { startWorker } from "./worker.ts";

const log = pino({ level: "silent" });

describe("the background worker loop", () => {
  it("lets the event loop turn between passes while work remains, so requests are read meanwhile", async () => {
    // A task whose passes resolve without I/O, as every query does on PGlite (the database runs on this thread).
    let passes = 0;
    const busy = { name: "busy", run: async () => ({ more: ++passes < 200 }) };
    let passesWhenTheLoopTurned: number | undefined;
    setImmediate(() => (passesWhenTheLoopTurned = passes));
    const worker = startWorker([busy], { pollMs: 60_000, log });
    while (passes < 200) await new Promise((resolve) => setImmediate(resolve));
    await worker.stop();
    // Awaited back to back, the 200 passes would all run before the event loop's next turn.
    expect(passesWhenTheLoopTurned).toBeLessThan(5);
  });

  it("runs the next pass at once (not after the poll interval) when a task says there is more", async () => {
    let passes = 0;
    const busy = { name: "busy", run: async () => ({ more: ++passes < 10 }) };
    const started = Date.now();
    const worker = startWorker([busy], { pollMs: 60_000, log });
    while (passes < 10) await new Promise((resolve) => setTimeout(resolve, 5));
    await worker.stop();
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
