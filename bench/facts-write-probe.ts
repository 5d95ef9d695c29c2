// CPU of this process per ticket create and per reply+resolve, with and without the indicator-facts reaction (now only the dirty mark),
// interleaved in rounds on the database in DATABASE_URL (a seeded workspace). Usage:
//   DATABASE_URL=… node bin/run-ts.js bench/facts-write-probe.ts [tickets per round]
import { cpuUsage } from "node:process";
import os from "node:os";
import { eq } from "drizzle-orm";
import { loadConfig } from "../src/config/config.ts";
import { people } from "../src/identity/identity.tables.ts";
import { markIndicatorFactsDirty } from "../src/reports/mark-indicator-facts-dirty.ts";
import { openRuntime } from "../src/runtime.ts";
import { createTicket } from "../src/tickets/ticket/create-ticket.ts";
import { updateTicket } from "../src/tickets/ticket/update-ticket.ts";
import type { Actor } from "../src/identity/actor.ts";

const perRound = Number(process.argv[2] ?? 50);
const config = await loadConfig({ LOG_LEVEL: "warn", SEED_DEMO: "false" });
const runtime = await openRuntime(config, { migrate: true, logTo: "stderr" });
const all = runtime.deps.reactions;
const without = all.filter((r) => r !== markIndicatorFactsDirty);
const [admin] = await runtime.deps.db.select().from(people).where(eq(people.role, "admin")).limit(1);
const actor: Actor = {
  personId: admin!.id,
  name: admin!.name,
  role: "admin",
  organizationId: admin!.organizationId,
  orgManager: false,
  groupIds: [],
  scopes: ["tickets:read", "tickets:write", "admin"],
  via: "session",
} as Actor;
const input = {
  subject: "Printer on floor 3 is offline",
  description: "Nobody on the floor can print since 9:00.",
  type: "incident" as const,
  impact: "department" as const,
  urgency: "medium" as const,
};
const totals = { with: { create: 0, resolve: 0, n: 0 }, without: { create: 0, resolve: 0, n: 0 } };
for (let round = 0; round < 6; round++) {
  for (const mode of ["with", "without"] as const) {
    const deps = { ...runtime.deps, reactions: mode === "with" ? all : without };
    for (let i = 0; i < perRound; i++) {
      let c0 = cpuUsage();
      const t = await createTicket(deps, actor, input);
      let c = cpuUsage(c0);
      totals[mode].create += (c.user + c.system) / 1000;
      c0 = cpuUsage();
      await updateTicket(deps, actor, t.id, { version: t.state.version, status: "resolved" });
      c = cpuUsage(c0);
      totals[mode].resolve += (c.user + c.system) / 1000;
      totals[mode].n += 1;
    }
  }
}
for (const mode of ["with", "without"] as const) {
  const t = totals[mode];
  console.log(
    `${mode.padEnd(7)} facts reaction: create ${(t.create / t.n).toFixed(2)} ms CPU, resolve ${(t.resolve / t.n).toFixed(2)} ms CPU (${t.n} each)`,
  );
}
console.log(
  `load ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(" ")}`,
);
await runtime.close();
