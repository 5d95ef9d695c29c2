import { randomUUID } from "node:crypto";
import type { Actor } from "../../src/identity/actor.ts";
import { TOKEN_SCOPES, type AssignmentStrategy, type Role } from "../../src/shared/enums.ts";
import { groupMembers, organizations, people, supportGroups } from "../../src/identity/identity.tables.ts";
import { categories } from "../../src/tickets/ticket.tables.ts";
import type { Deps } from "../../src/context.ts";
import { createTicket, type CreateTicketInput } from "../../src/tickets/ticket/create-ticket.ts";

let seq = 0;
const unique = (prefix: string) => `${prefix}-${++seq}-${randomUUID().slice(0, 6)}`;

export async function buildOrg(deps: Pick<Deps, "db">, over: Partial<typeof organizations.$inferInsert> = {}) {
  const [row] = await deps.db
    .insert(organizations)
    .values({ name: unique("Org"), kind: "client", ...over })
    .returning();
  return row!;
}

export async function buildPerson(
  deps: Pick<Deps, "db">,
  organizationId: string,
  role: Role = "requester",
  over: Partial<typeof people.$inferInsert> = {},
) {
  const name = unique(role);
  const [row] = await deps.db
    .insert(people)
    .values({ organizationId, role, name, email: `${name}@example.test`, ...over })
    .returning();
  return row!;
}

export async function buildGroup(
  deps: Pick<Deps, "db">,
  over: Partial<typeof supportGroups.$inferInsert> & { members?: string[]; assignment?: AssignmentStrategy } = {},
) {
  const { members = [], ...rest } = over;
  const [row] = await deps.db
    .insert(supportGroups)
    .values({ name: unique("Group"), tier: 1, ...rest })
    .returning();
  if (members.length > 0)
    await deps.db.insert(groupMembers).values(members.map((personId) => ({ groupId: row!.id, personId })));
  return row!;
}

export async function buildCategory(deps: Pick<Deps, "db">, name = unique("Category")) {
  const [row] = await deps.db.insert(categories).values({ name }).returning();
  return row!;
}

/** The actor a signed-in person would be (session: every scope their role allows). */
export function actorFor(
  person: { id: string; name: string; role: Role; organizationId: string; orgManager?: boolean },
  groupIds: string[] = [],
  scopes: Actor["scopes"] = TOKEN_SCOPES.filter((s) => s !== "admin" || person.role === "admin"),
): Actor {
  return {
    personId: person.id,
    name: person.name,
    role: person.role,
    organizationId: person.organizationId,
    orgManager: person.orgManager ?? false,
    groupIds,
    scopes,
    via: "session",
  };
}

/** A small workspace: provider + client org, a service-desk group with one agent, a requester. */
export async function buildWorkspace(deps: Pick<Deps, "db">) {
  const provider = await buildOrg(deps, { kind: "provider" });
  const client = await buildOrg(deps);
  const other = await buildOrg(deps);
  const agentRow = await buildPerson(deps, provider.id, "agent");
  const adminRow = await buildPerson(deps, provider.id, "admin");
  const group = await buildGroup(deps, { members: [agentRow.id], tier: 1 });
  const requesterRow = await buildPerson(deps, client.id, "requester");
  const colleagueRow = await buildPerson(deps, client.id, "requester");
  const outsiderRow = await buildPerson(deps, other.id, "requester");
  return {
    provider,
    client,
    other,
    group,
    agent: actorFor(agentRow, [group.id]),
    admin: actorFor(adminRow),
    requester: actorFor(requesterRow),
    colleague: actorFor(colleagueRow),
    outsider: actorFor(outsiderRow),
  };
}

export function ticketInput(over: Partial<CreateTicketInput> = {}): CreateTicketInput {
  return {
    subject: "Printer on floor 3 is offline",
    description: "Nobody on the floor can print since 9:00.",
    type: "incident",
    impact: "department",
    urgency: "medium",
    ...over,
  };
}

export async function buildTicket(deps: Deps, actor: Actor, over: Partial<CreateTicketInput> = {}) {
  return createTicket(deps, actor, ticketInput(over));
}

/** A valid public consultation form (a weekday in the test clock's week, within the seeded support hours). */
export function consultationForm(overrides: Record<string, string> = {}) {
  return {
    name: "Sana Iqbal",
    company: "Ravi Foods",
    email: "sana.iqbal@ravi-foods.example",
    phone: "+92 300 1234567",
    preferredDate: "2026-03-05",
    windowStart: "10:00",
    windowEnd: "12:00",
    topic: "Cloud file shares",
    message: "We would like to talk about moving our file shares to the cloud.",
    website: "",
    ...overrides,
  };
}
