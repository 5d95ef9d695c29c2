import { expect, it } from "vitest";
import { testEnvironment } from "../../config/config.ts";
import { openDatabase, type Database } from "../../platform/db/database.ts";
import { describeEachEngine, testDeps } from "../../../test/support/db.ts";
import { buildTicket, buildWorkspace } from "../../../test/support/factories.ts";
import type { LiveMessage } from "./live.ts";
import { publishLive } from "./publish-live.ts";
import { addNote } from "../conversation/add-note.ts";

/** A second handle on the same database, as another process would open it (PGlite has only one). */
async function secondConnection(database: Database): Promise<{ other: Database; close(): Promise<void> }> {
  if (database.engine === "pglite") return { other: database, close: async () => undefined };
  const [row] = await database.rawTransaction((tx) => tx.query<{ name: string }>("select current_database() as name"));
  const url = new URL(testEnvironment().testDatabaseUrl!);
  url.pathname = `/${row!.name}`;
  const other = await openDatabase({ engine: "postgres", url: url.toString(), poolSize: 2 });
  return { other, close: () => other.close() };
}

async function until(heard: LiveMessage[], count: number): Promise<void> {
  for (let i = 0; i < 250 && heard.length < count; i++) await new Promise((r) => setTimeout(r, 20));
}

describeEachEngine("live updates across processes", (ctx) => {
  it("a change committed through one process's deps reaches the hub of another", async () => {
    const { other, close } = await secondConnection(ctx.database);
    const far = testDeps(other);
    const heard: LiveMessage[] = [];
    const stop = await far.live.subscribe((m) => heard.push(m));
    try {
      const w = await buildWorkspace(ctx.deps);
      const t = await buildTicket(ctx.deps, w.agent, { requesterId: w.requester.personId, groupId: w.group.id });
      await addNote(ctx.deps, w.agent, t.id, { body: "checked the switch" });
      await until(heard, 2);
      expect(heard).toEqual([
        {
          type: "ticket",
          change: "created",
          internal: false,
          ticketId: t.id,
          number: t.number,
          organizationId: w.client.id,
          requesterId: w.requester.personId,
          groupId: w.group.id,
          assigneeId: t.state.assigneeId,
          followerIds: t.state.followerIds,
          at: ctx.deps.clock.now().toISOString(),
        },
        expect.objectContaining({ type: "ticket", change: "noted", internal: true, ticketId: t.id }),
      ]);
      // The hub listening here is the other process's only: this one's holds no LISTEN.
      expect(ctx.deps.live.size()).toBe(0);
    } finally {
      stop();
      await far.live.close();
      await close();
    }
  });

  it("announces several messages of one transaction in order, and none of a transaction that rolled back", async () => {
    const heard: LiveMessage[] = [];
    const stop = await ctx.deps.live.subscribe((m) => heard.push(m));
    try {
      const w = await buildWorkspace(ctx.deps);
      const base = {
        organizationId: w.client.id,
        requesterId: w.requester.personId,
        groupId: null,
        assigneeId: null,
        followerIds: [],
        at: new Date().toISOString(),
      };
      const sla = (n: number): LiveMessage => ({
        type: "sla",
        threshold: `warning_${n}`,
        clock: "resolution",
        ticketId: w.group.id,
        number: n,
        ...base,
      });
      await ctx.deps.db
        .transaction(async (tx) => {
          await publishLive(tx, [sla(1)]);
          throw new Error("roll back");
        })
        .catch(() => undefined);
      await ctx.deps.db.transaction((tx) => publishLive(tx, [sla(2), sla(3), sla(4)]));
      await until(heard, 3);
      expect(heard.map((m) => ("number" in m ? m.number : null))).toEqual([2, 3, 4]);
    } finally {
      stop();
      await ctx.deps.live.close();
    }
  });

  it("refuses a payload PostgreSQL could not send", async () => {
    const w = await buildWorkspace(ctx.deps);
    const huge = {
      type: "sla",
      threshold: "x".repeat(9000),
      clock: "resolution",
      ticketId: w.group.id,
      number: 1,
      organizationId: w.client.id,
      requesterId: w.requester.personId,
      groupId: null,
      assigneeId: null,
      followerIds: [],
      at: new Date().toISOString(),
    } as LiveMessage;
    await expect(ctx.deps.db.transaction((tx) => publishLive(tx, [huge]))).rejects.toThrow("over 7999 bytes");
  });
});
