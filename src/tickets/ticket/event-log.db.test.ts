import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { expect, it } from "vitest";
import { describeEachEngine, type TestDeps } from "../../../test/support/db.ts";
import {
  actorFor,
  buildCategory,
  buildGroup,
  buildPerson,
  buildWorkspace,
  ticketInput,
} from "../../../test/support/factories.ts";
import { SYSTEM_ACTOR, type Actor } from "../../identity/actor.ts";
import { IMPACTS, PRIORITIES, STATUSES, TICKET_TYPES, URGENCIES } from "../../shared/enums.ts";
import { DomainError } from "../../shared/errors.ts";
import { addNote } from "../conversation/add-note.ts";
import { replyToTicket } from "../conversation/reply-to-ticket.ts";
import { createTicket } from "./create-ticket.ts";
import { replay } from "./events.ts";
import { findTicket, loadEventsUnscoped, rowToState } from "./ticket.store.ts";
import { updateTicket, type UpdateTicketInput } from "./update-ticket.ts";

type Who = "agent" | "otherAgent" | "admin" | "requester";

/** A command as generated: who, what, and (for updates) how stale the version they send is. */
type Command =
  | { kind: "update"; by: Who; patch: Omit<UpdateTicketInput, "version">; stale: boolean }
  | { kind: "reply" | "note"; by: Who; body: string; stale: boolean }
  | { kind: "wait"; ms: number };

/** A help desk with two groups, a category and people in every role; pools the generators draw ids from. */
async function buildDesk(deps: TestDeps) {
  const w = await buildWorkspace(deps);
  const second = await buildPerson(deps, w.provider.id, "agent");
  const other = await buildPerson(deps, w.provider.id, "agent");
  const secondLine = await buildGroup(deps, { members: [second.id, w.agent.personId], tier: 2 });
  const thirdLine = await buildGroup(deps, { members: [other.id], tier: 3 });
  const category = await buildCategory(deps);
  const actors: Record<Who, Actor> = {
    agent: { ...w.agent, groupIds: [w.group.id, secondLine.id] },
    otherAgent: actorFor(other, [thirdLine.id]),
    admin: w.admin,
    requester: w.requester,
  };
  const parent = await createTicket(
    deps,
    w.admin,
    ticketInput({ requesterId: w.requester.personId, subject: "Parent incident" }),
  );
  return {
    w,
    actors,
    groups: [w.group.id, secondLine.id, thirdLine.id, null],
    assignees: [w.agent.personId, second.id, other.id, w.requester.personId, null],
    categories: [category.id, null],
    parents: [parent.id, null],
  };
}
type Desk = Awaited<ReturnType<typeof buildDesk>>;

/** Mostly one of the values, now and then a dangling reference. */
const mostly = <T>(values: readonly T[]) =>
  fc.oneof(
    { weight: 9, arbitrary: fc.constantFrom(...values) },
    { weight: 1, arbitrary: fc.constant(randomUUID() as T) },
  );

function commandArb(desk: Desk): fc.Arbitrary<Command> {
  // Mostly staff who can act; now and then someone the ticket is hidden from, or a requester who may not change it.
  const who = fc.constantFrom<Who>("agent", "agent", "admin", "admin", "admin", "otherAgent", "requester");
  const text = fc.string({ minLength: 1, maxLength: 20 });
  // A patch is one to three moves, as a person makes them: a status move (valid or not), a priority
  // override with or without a reason, a reassignment, an impact/urgency change, an edit, a re-parenting.
  const move = fc.oneof(
    { weight: 4, arbitrary: fc.record({ status: fc.constantFrom(...STATUSES) }) },
    {
      weight: 2,
      arbitrary: fc.record(
        { priority: fc.constantFrom(...PRIORITIES), priorityReason: fc.constantFrom("VIP", "  ", "contract says so") },
        { requiredKeys: ["priority"] },
      ),
    },
    {
      weight: 2,
      arbitrary: fc.record(
        { impact: fc.constantFrom(...IMPACTS), urgency: fc.constantFrom(...URGENCIES) },
        { requiredKeys: [] },
      ),
    },
    {
      weight: 3,
      arbitrary: fc.record({ groupId: mostly(desk.groups), assigneeId: mostly(desk.assignees) }, { requiredKeys: [] }),
    },
    {
      weight: 2,
      arbitrary: fc.record(
        {
          subject: text,
          description: fc.string({ maxLength: 30 }),
          type: fc.constantFrom(...TICKET_TYPES),
          tags: fc.array(fc.constantFrom("vpn", "vip", "printer"), { maxLength: 4 }),
        },
        { requiredKeys: [] },
      ),
    },
    {
      weight: 1,
      arbitrary: fc.record(
        { categoryId: mostly(desk.categories), parentId: mostly(desk.parents) },
        { requiredKeys: [] },
      ),
    },
  );
  const patch = fc
    .tuple(fc.array(move, { minLength: 1, maxLength: 3 }), fc.option(text, { nil: undefined }))
    .map(
      ([moves, reason]) =>
        Object.assign({}, ...moves, reason === undefined ? {} : { reason }) as Omit<UpdateTicketInput, "version">,
    );
  const stale = fc.constantFrom(false, false, false, false, true);
  return fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant("update" as const), by: who, patch, stale }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant("reply" as const), by: who, body: text, stale }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("note" as const), by: who, body: text, stale }) },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant("wait" as const), ms: fc.integer({ min: 1, max: 86_400_000 }) }),
    },
  );
}

async function snapshot(deps: TestDeps, id: string) {
  const row = await findTicket(deps.db, SYSTEM_ACTOR, id);
  return { row: row!, events: await loadEventsUnscoped(deps.db, id) };
}

async function run(deps: TestDeps, desk: Desk, id: string, current: number, command: Command): Promise<void> {
  if (command.kind === "wait") {
    deps.clock.advance(command.ms);
    return;
  }
  const actor = desk.actors[command.by];
  const version = command.stale ? current - 1 : current;
  if (command.kind === "update") await updateTicket(deps, actor, id, { ...command.patch, version });
  else if (command.kind === "reply")
    await replyToTicket(deps, actor, id, { body: command.body, ...(command.stale ? { version } : {}) });
  else await addNote(deps, actor, id, { body: command.body, ...(command.stale ? { version } : {}) });
}

describeEachEngine("the event log", (ctx) => {
  it("replays into the tickets row after any sequence of commands; rejected commands write nothing", async () => {
    const desk = await buildDesk(ctx.deps);
    let accepted = 0;
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          impact: fc.constantFrom(...IMPACTS),
          urgency: fc.constantFrom(...URGENCIES),
          byAgent: fc.boolean(),
        }),
        fc.array(commandArb(desk), { minLength: 1, maxLength: 10 }),
        async (opening, commands) => {
          const opener = opening.byAgent ? desk.actors.agent : desk.actors.requester;
          const { id } = await createTicket(
            ctx.deps,
            opener,
            ticketInput({ requesterId: desk.w.requester.personId, impact: opening.impact, urgency: opening.urgency }),
          );
          let before = await snapshot(ctx.deps, id);
          for (const command of commands) {
            const outcome = await run(ctx.deps, desk, id, before.row.version, command).then(
              () => undefined,
              (error: unknown) => error,
            );
            const after = await snapshot(ctx.deps, id);
            if (outcome !== undefined) {
              // Refused for a reason the API names, never a crash, and the history and row are untouched.
              expect(outcome, String(outcome)).toBeInstanceOf(DomainError);
              expect(after).toEqual(before);
              rejected++;
            } else {
              expect(after.row.version).toBeGreaterThanOrEqual(before.row.version);
              expect(after.events.slice(0, before.events.length)).toEqual(before.events);
              if (command.kind !== "wait") accepted++;
            }
            before = after;
          }
          const { row, events } = before;
          expect(replay(events)).toEqual(rowToState(row));
          expect(row.version).toBe(events.length);
          expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
        },
      ),
      { numRuns: 25 },
    );
    // Both paths were exercised, not only refusals.
    expect(accepted).toBeGreaterThan(0);
    expect(rejected).toBeGreaterThan(0);
  });
});
