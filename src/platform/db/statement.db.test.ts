import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { jobs } from "../jobs/jobs.tables.ts";
import { joinedTransaction } from "./database.ts";
import { columnsOf, runStatement, statement } from "./statement.ts";

const INSERT_JOB = statement(
  "test_insert_job",
  `insert into "jobs" ("kind", "payload") values ($1, $2) returning "kind"`,
);
const KINDS = statement("test_job_kinds", `select "kind" from "jobs" where "kind" like $1 order by "kind"`);

describeEachEngine("a statement run through the driver", (ctx) => {
  const payload = columnsOf(jobs).payload!.toDriver;

  it("runs on the pool and in a transaction, again and again (prepared once per connection on PostgreSQL)", async () => {
    for (const kind of ["stmt_a", "stmt_b"])
      expect(await runStatement(ctx.deps.db, INSERT_JOB, [kind, payload({ n: 1 })])).toEqual([{ kind }]);
    await ctx.deps.db.transaction(async (tx) => {
      await runStatement(tx, INSERT_JOB, ["stmt_c", payload({})]);
      // A joined transaction runs on the same connection as the one it joins.
      await runStatement(joinedTransaction(tx), INSERT_JOB, ["stmt_d", payload({})]);
    });
    const rows = await runStatement<{ kind: string }>(ctx.deps.db, KINDS, ["stmt_%"]);
    expect(rows.map((r) => r.kind)).toEqual(["stmt_a", "stmt_b", "stmt_c", "stmt_d"]);
  });

  it("belongs to its transaction: a rollback takes its writes back", async () => {
    await expect(
      ctx.deps.db.transaction(async (tx) => {
        await runStatement(tx, INSERT_JOB, ["stmt_rolled_back", payload({})]);
        throw new Error("the use case failed");
      }),
    ).rejects.toThrow("the use case failed");
    expect(await runStatement(ctx.deps.db, KINDS, ["stmt_rolled%"])).toEqual([]);
  });

  it("keeps the driver's error (its SQLSTATE) for the caller to read", async () => {
    await expect(runStatement(ctx.deps.db, INSERT_JOB, [null, payload({})])).rejects.toMatchObject({ code: "23502" });
  });
});

it("names each distinct text once, and the same text by the same name", () => {
  const a = statement("test_same", "select 1 as same_text");
  expect(statement("test_same", "select 1 as same_text").name).toBe(a.name);
  expect(statement("test_other", "select 2 as other_text").name).not.toBe(a.name);
});
