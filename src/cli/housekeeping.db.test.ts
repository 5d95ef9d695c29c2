import { expect, it } from "vitest";
import { describeEachEngine } from "../../test/support/db.ts";
import { buildOrg, buildPerson } from "../../test/support/factories.ts";
import { sessions, signInFailures } from "../identity/identity.tables.ts";
import { idempotencyKeys } from "../platform/http/idempotency.tables.ts";
import { backgroundTasks } from "./worker.ts";

describeEachEngine("worker housekeeping", (ctx) => {
  it("deletes expired idempotency keys and sessions and sign-in failures too old to count, and nothing else", async () => {
    const now = ctx.deps.clock.now();
    const ago = (ms: number) => new Date(now.getTime() - ms);
    const person = await buildPerson(ctx.deps, (await buildOrg(ctx.deps)).id);
    const key = (k: string, expiresAt: Date) => ({
      scope: "person:x",
      key: k,
      requestHash: "h",
      status: 201,
      body: "{}",
      createdAt: ago(86_400_000),
      expiresAt,
    });
    await ctx.deps.db
      .insert(idempotencyKeys)
      .values([key("old", ago(1)), key("live", new Date(now.getTime() + 60_000))]);
    const session = (id: string, expiresAt: Date) => ({
      id,
      personId: person.id,
      csrfToken: "c",
      createdAt: ago(3_600_000),
      expiresAt,
    });
    await ctx.deps.db
      .insert(sessions)
      .values([session("gone", ago(1)), session("kept", new Date(now.getTime() + 60_000))]);
    const window = ctx.deps.config.SIGN_IN_FAILURE_WINDOW_MINUTES * 60_000;
    await ctx.deps.db.insert(signInFailures).values([
      { account: "a", client: "c", at: ago(window + 1) },
      { account: "a", client: "c", at: ago(window - 60_000) },
    ]);

    const background = backgroundTasks(ctx.deps);
    const housekeeping = background.tasks.find((t) => t.name === "housekeeping")!;
    await housekeeping.run();

    expect((await ctx.deps.db.select().from(idempotencyKeys)).map((r) => r.key)).toEqual(["live"]);
    expect((await ctx.deps.db.select().from(sessions)).map((r) => r.id)).toEqual(["kept"]);
    expect(await ctx.deps.db.select().from(signInFailures)).toHaveLength(1);
    // It sleeps until its next turn rather than sweeping on every poll.
    expect((await housekeeping.nextWakeAt!())!.getTime()).toBeGreaterThan(now.getTime());
    await background.close();
  });
});
