import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHANNELS, IMPACTS, PRIORITIES, STATUSES, TICKET_TYPES, URGENCIES, type Status } from "../../shared/enums.ts";
import { DomainError } from "../../shared/errors.ts";
import { applyEvent, replay, type TicketEvent, type TicketFields, type TicketState } from "./events.ts";
import {
  canTransition,
  decideChanges,
  DEFAULT_PRIORITY_MATRIX,
  defaultChannel,
  openingPriority,
  parseTicketRef,
  priorityFor,
  statusAfterReply,
  type PriorityMatrix,
  type TicketPatch,
} from "./ticket.ts";

const AT = new Date("2026-03-02T09:00:00Z");
const status = fc.constantFrom(...STATUSES);
const id = fc.constantFrom("7b0c7f7e-0000-4000-8000-000000000001", "7b0c7f7e-0000-4000-8000-000000000002", null);
const priority = fc.constantFrom(...PRIORITIES);
const matrixRow = fc.record({ high: priority, medium: priority, low: priority });
/** The published matrix, or any a workspace might set. */
const matrixArb: fc.Arbitrary<PriorityMatrix> = fc.oneof(
  fc.constant(DEFAULT_PRIORITY_MATRIX),
  fc.record({ organization: matrixRow, department: matrixRow, person: matrixRow }),
);

/** A ticket as the rules leave it: the priority follows the matrix unless an override with its reason stands. */
const stateIn = (matrix: PriorityMatrix, statuses: fc.Arbitrary<Status> = status): fc.Arbitrary<TicketState> =>
  fc
    .record({
      subject: fc.string({ minLength: 1, maxLength: 10 }),
      description: fc.string({ maxLength: 10 }),
      type: fc.constantFrom(...TICKET_TYPES),
      categoryId: id,
      impact: fc.constantFrom(...IMPACTS),
      urgency: fc.constantFrom(...URGENCIES),
      override: fc.option(fc.record({ priority, reason: fc.constantFrom("VIP", "contract") }), { nil: null }),
      status: statuses,
      groupId: id,
      assigneeId: id,
      tags: fc.uniqueArray(fc.constantFrom("vpn", "vip", "printer")),
      parentId: id,
      version: fc.integer({ min: 1, max: 50 }),
    })
    .map(({ override, ...s }) => ({
      ...s,
      priority: override?.priority ?? priorityFor(matrix, s.impact, s.urgency),
      priorityOverride: override?.reason ?? null,
      requesterId: "7b0c7f7e-0000-4000-8000-00000000000a",
      organizationId: "7b0c7f7e-0000-4000-8000-00000000000b",
      channel: "portal" as const,
      followerIds: [],
      createdAt: AT,
      updatedAt: AT,
      resolvedAt: s.status === "resolved" || s.status === "closed" ? AT : null,
      closedAt: s.status === "closed" ? AT : null,
    }));

const patchArb: fc.Arbitrary<TicketPatch> = fc.record(
  {
    subject: fc.string({ minLength: 1, maxLength: 10 }),
    type: fc.constantFrom(...TICKET_TYPES),
    categoryId: id,
    impact: fc.constantFrom(...IMPACTS),
    urgency: fc.constantFrom(...URGENCIES),
    priority,
    priorityReason: fc.constantFrom("  Board meeting  ", " ", ""),
    status,
    groupId: id,
    assigneeId: id,
    tags: fc.array(fc.constantFrom("vpn", "vip", "printer"), { maxLength: 5 }),
    parentId: id,
  },
  { requiredKeys: [] },
);

const openTicket = fc
  .tuple(matrixArb)
  .chain(([m]) =>
    fc.tuple(
      fc.constant(m),
      stateIn(m, fc.constantFrom<Status>("new", "open", "pending", "on_hold", "resolved")),
      patchArb,
    ),
  );

/**
 * A ticket that is not closed and a patch its rules can accept as far as the lifecycle goes: the status, when
 * sent, is the current one or a lawful move. A priority against the matrix without a reason is still refused,
 * so the properties below drop those cases with fc.pre and count the ones that reach their assertions.
 */
const lawfulChange = openTicket.chain(([matrix, state, patch]) => {
  const { status: _status, ...rest } = patch;
  const moves = STATUSES.filter((to) => to === state.status || canTransition(state.status, to));
  return fc
    .option(fc.constantFrom(...moves), { nil: undefined })
    .map((to): [PriorityMatrix, TicketState, TicketPatch] => [
      matrix,
      state,
      to === undefined ? rest : { ...rest, status: to },
    ]);
});

// fast-check's default: each property below must reach its assertion this many times, skipped cases aside.
const RUNS = 100;

/** Runs a property over accepted patches and returns how many cases reached the assertion. */
function forAccepted(
  check: (
    matrix: PriorityMatrix,
    state: TicketState,
    patch: TicketPatch,
    changes: ReturnType<typeof decideChanges>,
  ) => void,
): number {
  let reached = 0;
  fc.assert(
    fc.property(lawfulChange, ([matrix, state, patch]) => {
      const { changes } = attempt(state, patch, matrix);
      fc.pre(changes !== undefined);
      check(matrix, state, patch, changes);
      reached++;
    }),
    { numRuns: RUNS },
  );
  return reached;
}

/** Decides, or returns the refusal. */
function attempt(state: TicketState, patch: TicketPatch, matrix: PriorityMatrix) {
  try {
    return { changes: decideChanges(state, patch, matrix) };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { error };
  }
}

function changed(state: TicketState, changes: ReturnType<typeof decideChanges>, at = AT): TicketState {
  return applyEvent(state, { type: "changed", at, actorId: null, data: { changes, reason: null } });
}

describe("the status lifecycle", () => {
  it("closed is final: nothing follows it", () => {
    for (const to of STATUSES) expect(canTransition("closed", to)).toBe(false);
  });

  it("only a resolved ticket can be closed", () => {
    for (const from of STATUSES) expect(canTransition(from, "closed"), from).toBe(from === "resolved");
  });

  it("a resolved ticket reopens (to open) or closes, and goes nowhere else", () => {
    expect(STATUSES.filter((to) => canTransition("resolved", to))).toEqual(["open", "closed"]);
  });

  it("nothing returns to new", () => {
    for (const from of STATUSES) expect(canTransition(from, "new")).toBe(false);
  });

  it("every active ticket can be resolved, a new one at first contact", () => {
    for (const from of ["new", "open", "pending", "on_hold"] as const)
      expect(canTransition(from, "resolved"), from).toBe(true);
  });

  it("no status moves to itself", () => {
    for (const s of STATUSES) expect(canTransition(s, s)).toBe(false);
  });
});

describe("deciding a change", () => {
  it("changes nothing on a closed ticket, whatever the patch", () => {
    fc.assert(
      fc.property(
        matrixArb.chain((m) => fc.tuple(fc.constant(m), stateIn(m, fc.constant<Status>("closed")), patchArb)),
        ([matrix, state, patch]) => {
          expect(attempt(state, patch, matrix).error).toMatchObject({ code: "TICKET_CLOSED" });
        },
      ),
    );
  });

  it("refuses a status move the lifecycle forbids, naming from and to", () => {
    fc.assert(
      fc.property(openTicket, status, ([matrix, state], to) => {
        const { changes, error } = attempt(state, { status: to }, matrix);
        if (to === state.status) expect(changes).toEqual([]);
        else if (canTransition(state.status, to))
          expect(changes).toEqual([{ field: "status", from: state.status, to }]);
        else
          expect(error).toMatchObject({
            code: "INVALID_TRANSITION",
            field: "body.status",
            details: { from: state.status, to },
          });
      }),
    );
  });

  it("a priority against the matrix needs a reason, unless it re-sends the standing override", () => {
    fc.assert(
      fc.property(openTicket, fc.constantFrom(undefined, "", "   "), ([matrix, state, patch], blank) => {
        const target = { impact: patch.impact ?? state.impact, urgency: patch.urgency ?? state.urgency };
        const standing = state.priorityOverride !== null ? state.priority : undefined;
        const against = PRIORITIES.find(
          (p) => p !== priorityFor(matrix, target.impact, target.urgency) && p !== standing,
        )!;
        const { status: _status, ...rest } = patch;
        const { error } = attempt(state, { ...rest, priority: against, priorityReason: blank }, matrix);
        expect(error).toMatchObject({ code: "PRIORITY_OVERRIDE_NEEDS_REASON", field: "body.priorityReason" });
      }),
    );
  });

  it("with a reason, the priority stands against the matrix and the trimmed reason is kept", () => {
    fc.assert(
      fc.property(openTicket, ([matrix, state]) => {
        const against = PRIORITIES.find((p) => p !== priorityFor(matrix, state.impact, state.urgency))!;
        const { changes } = attempt(state, { priority: against, priorityReason: "  Board meeting  " }, matrix);
        const next = changed(state, changes!);
        expect({ priority: next.priority, priorityOverride: next.priorityOverride }).toEqual({
          priority: against,
          priorityOverride: "Board meeting",
        });
      }),
    );
  });

  it("re-sending a standing override without a reason keeps it (a form submitted whole)", () => {
    fc.assert(
      fc.property(openTicket, ([matrix, state]) => {
        const against = PRIORITIES.find((p) => p !== priorityFor(matrix, state.impact, state.urgency))!;
        const overridden = changed(
          state,
          attempt(state, { priority: against, priorityReason: "VIP" }, matrix).changes!,
        );
        const { changes, error } = attempt(overridden, { priority: against }, matrix);
        expect(error).toBeUndefined();
        expect(changes).toEqual([]);
      }),
    );
  });

  it("a priority equal to the matrix drops any override", () => {
    fc.assert(
      fc.property(openTicket, ([matrix, state]) => {
        const { changes } = attempt(state, { priority: priorityFor(matrix, state.impact, state.urgency) }, matrix);
        const next = changed(state, changes!);
        expect(next.priorityOverride).toBeNull();
        expect(next.priority).toBe(priorityFor(matrix, state.impact, state.urgency));
      }),
    );
  });

  it("a new impact or urgency moves the priority with the matrix, unless an override stands", () => {
    fc.assert(
      fc.property(
        openTicket,
        fc.constantFrom(...IMPACTS),
        fc.constantFrom(...URGENCIES),
        ([matrix, state], impact, urgency) => {
          const { changes } = attempt(state, { impact, urgency }, matrix);
          const next = changed(state, changes!);
          if (state.priorityOverride === null) expect(next.priority).toBe(priorityFor(matrix, impact, urgency));
          else expect([next.priority, next.priorityOverride]).toEqual([state.priority, state.priorityOverride]);
        },
      ),
    );
  });

  it("lists only the fields that differ, each from its current value, once, in a stable order", () => {
    const reached = forAccepted((_matrix, state, _patch, changes) => {
      const fields = changes.map((c) => c.field);
      expect(new Set(fields).size).toBe(fields.length);
      for (const c of changes) {
        expect(c.from).toEqual(state[c.field]);
        expect(c.to).not.toEqual(c.from);
      }
      const order = [
        "subject",
        "description",
        "type",
        "categoryId",
        "impact",
        "urgency",
        "priority",
        "priorityOverride",
        "status",
        "groupId",
        "assigneeId",
        "tags",
        "parentId",
      ];
      expect(fields).toEqual([...fields].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    });
    expect(reached).toBeGreaterThanOrEqual(RUNS);
  });

  it("applies the patch: the decided state holds every requested value, tags without duplicates", () => {
    const reached = forAccepted((_matrix, state, patch, changes) => {
      const next = changed(state, changes);
      for (const field of [
        "subject",
        "type",
        "categoryId",
        "impact",
        "urgency",
        "status",
        "groupId",
        "assigneeId",
        "parentId",
      ] as const) {
        if (patch[field] !== undefined) expect(next[field], field).toEqual(patch[field]);
      }
      if (patch.tags) expect(next.tags).toEqual([...new Set(patch.tags)]);
      if (patch.priority !== undefined) expect(next.priority).toBe(patch.priority);
    });
    expect(reached).toBeGreaterThanOrEqual(RUNS);
  });

  it("is idempotent: the same patch on the changed ticket changes nothing more", () => {
    const reached = forAccepted((matrix, state, patch, changes) => {
      const next = changed(state, changes);
      // A patch that closed the ticket cannot be sent again: closed is final.
      if (next.status === "closed") expect(attempt(next, patch, matrix).error).toMatchObject({ code: "TICKET_CLOSED" });
      else expect(attempt(next, patch, matrix)).toEqual({ changes: [] });
    });
    expect(reached).toBeGreaterThanOrEqual(RUNS);
  });
});

describe("opening a ticket and answering one", () => {
  it("a new ticket takes the matrix's priority, or a staff choice against it with its trimmed reason", () => {
    expect(openingPriority("medium", undefined, undefined)).toEqual({ priority: "medium", priorityOverride: null });
    expect(openingPriority("medium", "medium", "ignored")).toEqual({ priority: "medium", priorityOverride: null });
    expect(openingPriority("medium", "critical", "  CEO's laptop ")).toEqual({
      priority: "critical",
      priorityOverride: "CEO's laptop",
    });
    for (const reason of [undefined, "", "   "]) {
      expect(() => openingPriority("medium", "critical", reason)).toThrow(
        expect.objectContaining({ code: "PRIORITY_OVERRIDE_NEEDS_REASON", field: "body.priorityReason" }),
      );
    }
  });

  it("opening and changing a ticket agree: a priority against the matrix needs the same reason either way", () => {
    fc.assert(
      fc.property(
        matrixArb.chain((m) => fc.tuple(fc.constant(m), stateIn(m, fc.constantFrom<Status>("new", "open")), priority)),
        ([matrix, s, wanted]) => {
          const matrixPriority = priorityFor(matrix, s.impact, s.urgency);
          const opened = openingPriority(matrixPriority, wanted, "reason");
          const state: TicketState = { ...s, priority: matrixPriority, priorityOverride: null };
          const changed = decideChanges(state, { priority: wanted, priorityReason: "reason" }, matrix);
          const after = Object.fromEntries(changed.map((c) => [c.field, c.to]));
          expect({
            priority: after.priority ?? matrixPriority,
            priorityOverride: after.priorityOverride ?? null,
          }).toEqual(opened);
        },
      ),
    );
  });

  it("a message or ticket without a channel came through the API with a token, else the portal", () => {
    expect(defaultChannel({ via: "token" })).toBe("api");
    expect(defaultChannel({ via: "session" })).toBe("portal");
  });

  it("staff answering a new ticket open it; a requester's answer reopens a pending or resolved one; nothing else moves", () => {
    const moves = STATUSES.flatMap((s) =>
      [true, false].map((staff) => [s, staff, statusAfterReply(s, staff)] as const),
    ).filter(([, , to]) => to);
    expect(moves).toEqual([
      ["new", true, "open"],
      ["pending", false, "open"],
      ["resolved", false, "open"],
    ]);
  });

  it("a ticket reference is its id (any case) or its number, with or without #; anything else names no ticket", () => {
    expect(parseTicketRef("7B0C7F7E-0000-4000-8000-000000000001")).toEqual({
      id: "7b0c7f7e-0000-4000-8000-000000000001",
    });
    expect(parseTicketRef("10001")).toEqual({ number: 10001 });
    expect(parseTicketRef("#10001")).toEqual({ number: 10001 });
    for (const ref of ["", "#", "ten", "1234567890", "10001 ", "7b0c7f7e-0000-4000-8000-00000000000"])
      expect(parseTicketRef(ref)).toBeNull();
  });
});

describe("folding events", () => {
  const fields: TicketFields = {
    subject: "Printer offline",
    description: "",
    type: "incident",
    categoryId: null,
    impact: "department",
    urgency: "medium",
    priority: "medium",
    priorityOverride: null,
    status: "new",
    requesterId: "7b0c7f7e-0000-4000-8000-00000000000a",
    organizationId: "7b0c7f7e-0000-4000-8000-00000000000b",
    groupId: null,
    assigneeId: null,
    channel: "portal",
    tags: [],
    parentId: null,
  };
  const created: TicketEvent = { type: "created", at: AT, actorId: null, data: { fields, fromStaff: false } };
  const later = (minutes: number) => new Date(AT.getTime() + minutes * 60_000);

  it("counts events as the version and stamps the last event's time", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<"replied" | "noted">("replied", "noted"), { maxLength: 20 }),
        fc.constantFrom(...CHANNELS),
        (kinds, channel) => {
          const events: TicketEvent[] = [
            created,
            ...kinds.map((type, i): TicketEvent => ({
              type,
              at: later(i + 1),
              actorId: null,
              data: { body: "hi", channel, attachmentIds: [], fromStaff: true },
            })),
          ];
          const state = replay(events);
          expect(state.version).toBe(events.length);
          expect(state.updatedAt).toEqual(events.at(-1)!.at);
          expect(state.status).toBe("new");
        },
      ),
    );
  });

  it("stamps resolution on resolve, clears it on reopen, keeps it on close", () => {
    const move = (from: Status, to: Status, minutes: number): TicketEvent => ({
      type: "changed",
      at: later(minutes),
      actorId: null,
      data: { changes: [{ field: "status", from, to }], reason: null },
    });
    const resolved = replay([created, move("new", "resolved", 10)]);
    expect(resolved.resolvedAt).toEqual(later(10));
    const reopened = applyEvent(resolved, move("resolved", "open", 20));
    expect(reopened.resolvedAt).toBeNull();
    const closed = replay([
      created,
      move("new", "resolved", 10),
      move("resolved", "open", 20),
      move("open", "resolved", 30),
      move("resolved", "closed", 40),
    ]);
    expect([closed.resolvedAt, closed.closedAt]).toEqual([later(30), later(40)]);
  });

  it("a ticket is created once, and nothing happens before it is", () => {
    expect(() => applyEvent(replay([created]), created)).toThrow();
    expect(() =>
      applyEvent(undefined, {
        type: "noted",
        at: AT,
        actorId: null,
        data: { body: "x", channel: "portal", attachmentIds: [], fromStaff: true },
      }),
    ).toThrow();
    expect(() => replay([])).toThrow();
  });

  it("does not share arrays between the event and the state", () => {
    const state = replay([
      created,
      {
        type: "changed",
        at: later(1),
        actorId: null,
        data: { changes: [{ field: "tags", from: [], to: ["vpn"] }], reason: null },
      },
    ]);
    state.tags.push("mutated");
    expect(fields.tags).toEqual([]);
    expect(replay([created]).tags).toEqual([]);
  });
});
