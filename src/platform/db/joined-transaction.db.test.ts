import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { jobs } from "../jobs/jobs.tables.ts";
import { joinedTransaction } from "./database.ts";

describeEachEngine("a joined transaction", (ctx) => {
  const kinds = async () => (await ctx.deps.db.select({ kind: jobs.kind }).from(jobs)).map((r) => r.kind).sort();

  it("runs a nested transaction in the open one: both writes commit together", async () => {
    await ctx.deps.db.transaction(async (outer) => {
      const tx = joinedTransaction(outer);
      await tx.insert(jobs).values({ kind: "joined_outer", payload: {} });
      await tx.transaction(async (inner) => {
        expect(inner).toBe(tx);
        await inner.insert(jobs).values({ kind: "joined_inner", payload: {} });
      });
    });
    expect(await kinds()).toEqual(["joined_inner", "joined_outer"]);
  });

  it("keeps nothing of either when the nested part fails: there is no savepoint to fall back to", async () => {
    await expect(
      ctx.deps.db.transaction(async (outer) => {
        const tx = joinedTransaction(outer);
        await tx.insert(jobs).values({ kind: "joined_outer", payload: {} });
        await tx.transaction(async (inner) => {
          await inner.insert(jobs).values({ kind: "joined_inner", payload: {} });
          throw new Error("the nested use case failed");
        });
      }),
    ).rejects.toThrow("the nested use case failed");
    expect(await kinds()).toEqual([]);
  });

  it("still opens a real savepoint on the transaction underneath when asked there", async () => {
    await ctx.deps.db.transaction(async (outer) => {
      await outer.insert(jobs).values({ kind: "joined_outer", payload: {} });
      await outer
        .transaction(async (savepoint) => {
          await joinedTransaction(savepoint).insert(jobs).values({ kind: "joined_inner", payload: {} });
          throw new Error("rolled back to the savepoint");
        })
        .catch(() => undefined);
    });
    expect(await kinds()).toEqual(["joined_outer"]);
  });
});
