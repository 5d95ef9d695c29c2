import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { seedSynthetic } from "../../seed/seed-synthetic.ts";
import { historiesOfUnscoped } from "../indicator-facts.store.ts";
import { indicatorsFromFacts } from "../fact-indicators.ts";
import { ticketFacts } from "../indicators/ticket-facts.ts";
import { breachedHistoriesUnscoped } from "./review-pack.store.ts";

const DAY = 86_400_000;

describeEachEngine("review pack store", (ctx) => {
  it("reads the breached tickets' histories in one statement to the same facts as their whole histories", async () => {
    await seedSynthetic(ctx.deps, { tickets: 120, seed: 7, batch: 60 });
    const now = ctx.deps.clock.now().getTime();
    for (const period of [
      { from: now - 120 * DAY, to: now - 30 * DAY },
      { from: now - 365 * DAY, to: now + DAY },
    ]) {
      const report = await indicatorsFromFacts(ctx.deps.db, period, {}, null, now);
      const ids = report.sla.breached.map((b) => b.ticket_id);
      expect(ids.length).toBeGreaterThan(0);
      const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
      const whole = (await historiesOfUnscoped(ctx.deps.db, ids)).list;
      const cut = await breachedHistoriesUnscoped(ctx.deps.db, ids, new Date(period.to));
      expect(byId(cut.flatMap((t) => ticketFacts(t, period, now) ?? []))).toEqual(
        byId(whole.flatMap((t) => ticketFacts(t, period, now) ?? [])),
      );
    }
    expect(await breachedHistoriesUnscoped(ctx.deps.db, [], new Date(now))).toEqual([]);
  }, 300_000);
});
