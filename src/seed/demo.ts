import { seedTutorials } from "./demo-tutorials.ts";
import { ensureChatChannels } from "../channels/chat/ensure-chat-channels.ts";
import { chatChannels } from "../channels/chat/chat.tables.ts";
import { postIncidentUpdate } from "../tickets/public-status/post-incident-update.ts";
import { publishIncident } from "../tickets/public-status/publish-incident.ts";
import { getTicket } from "../tickets/ticket/get-ticket.ts";
import { count, eq, sql } from "drizzle-orm";
import type { Deps } from "../context.ts";
import { SYSTEM_ACTOR, type Actor } from "../identity/actor.ts";
import { groupMembers, organizations, people, supportGroups } from "../identity/identity.tables.ts";
import { hashPassword } from "../identity/secrets.ts";
import { createTicket } from "../tickets/ticket/create-ticket.ts";
import { addNote } from "../tickets/conversation/add-note.ts";
import { replyToTicket } from "../tickets/conversation/reply-to-ticket.ts";
import { categories, routingRules } from "../tickets/ticket.tables.ts";
import { channelSettings } from "../channels/channels.tables.ts";
import { updateTicket } from "../tickets/ticket/update-ticket.ts";
import { mailboxes, organizationEmailDomains } from "../channels/email/mail.tables.ts";
import type { Role } from "../shared/enums.ts";
import { cannedResponses } from "../tickets/agent-tools.tables.ts";
import { seedKnowledgeBase } from "./seed-knowledge-base.ts";
import { DEMO_CANNED_RESPONSES } from "./demo-data.ts";
import { DEMO_CHANNELS, DEMO_PASSWORD, DEMO_PEOPLE } from "./demo-data.ts";
import { DEMO_TICKETS } from "./demo-tickets.ts";

/** Whether the workspace holds nobody yet (the demo seeds only an empty database). */
export async function isEmptyWorkspace(deps: Pick<Deps, "db">): Promise<boolean> {
  const [row] = await deps.db.select({ n: count() }).from(people);
  return (row?.n ?? 0) === 0;
}

export type DemoSignIn = { email: string; role: Role; name: string };

// Any constant works; it only has to be the same in every Frontline process (migrations use 4_711_001).
const SEED_LOCK_KEY = 4_711_002;

/**
 * Seeds the demo into an empty workspace, all or nothing, or returns undefined when the workspace is not
 * empty. The check and the seed share one transaction under an advisory lock, so processes starting
 * together against one database seed exactly once (the others wait, then find it seeded).
 */
export async function seedDemoIfEmpty(deps: Deps): Promise<Awaited<ReturnType<typeof seedDemo>> | undefined> {
  return deps.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    if (!(await isEmptyWorkspace({ db: tx }))) return undefined;
    return seedDemo({ ...deps, db: tx });
  });
}

/** Seeds the demo workspace: the provider and one client, L1–L3 groups with leads, a manager, employees, 13 tickets. */
export async function seedDemo(deps: Deps): Promise<{ signIns: DemoSignIn[]; password: string }> {
  const [provider] = await deps.db
    .insert(organizations)
    .values({ name: "Frontline IT Services", kind: "provider", domain: "frontline.example" })
    .returning();
  const [client] = await deps.db
    .insert(organizations)
    .values({ name: "Indus Textiles Ltd", kind: "client", domain: "indus-textiles.example" })
    .returning();
  const hash = await hashPassword(DEMO_PASSWORD);
  const byKey = new Map<string, { id: string; role: Role; name: string; organizationId: string }>();
  for (const p of DEMO_PEOPLE) {
    const organizationId = p.org === "provider" ? provider!.id : client!.id;
    const [row] = await deps.db
      .insert(people)
      .values({
        organizationId,
        name: p.name,
        email: p.email,
        phone: p.phone,
        role: p.role,
        orgManager: p.orgManager ?? false,
        passwordHash: hash,
      })
      .returning();
    byKey.set(p.key, { id: row!.id, role: p.role, name: p.name, organizationId });
  }
  const id = (key: string) => byKey.get(key)!.id;
  for (const p of DEMO_PEOPLE.filter((x) => x.reportsTo)) {
    await deps.db
      .update(people)
      .set({ managerId: id(p.reportsTo!) })
      .where(eq(people.email, p.email));
  }
  const groups = await seedGroups(deps, id);
  const cats = await deps.db
    .insert(categories)
    .values(["Hardware", "Network", "Email", "Accounts & access", "Software", "Printing"].map((name) => ({ name })))
    .returning();
  const category = (name: string) => cats.find((c) => c.name === name)!.id;
  await deps.db.insert(routingRules).values([
    { name: "Network problems to L2 Infrastructure", position: 1, categoryId: category("Network"), groupId: groups.l2 },
    { name: "Everything else to the L1 Service Desk", position: 100, groupId: groups.l1 },
  ]);
  await seedTickets(deps, byKey, category, groups);
  await deps.db.insert(cannedResponses).values(DEMO_CANNED_RESPONSES.map((c) => ({ ...c, createdBy: id("manager") })));
  await seedKnowledgeBase(deps, id("manager"));
  const portal = deps.config.PUBLIC_URL ? `${deps.config.PUBLIC_URL.replace(/\/+$/, "")}/portal` : "/portal";
  await deps.db
    .insert(channelSettings)
    .values(DEMO_CHANNELS.map((c, position) => ({ ...c, contact: c.contact ?? portal, position })));
  // A fresh `npm start` takes mail at once: the built-in listener delivers to this mailbox, and unknown senders
  // from the client's domain become its requesters.
  await deps.db.insert(mailboxes).values({
    address: "support@frontline.example",
    inboundKind: "smtp",
    senderName: "Frontline IT Service Desk",
    defaultGroupId: groups.l1,
  });
  await deps.db
    .insert(organizationEmailDomains)
    .values({ domain: "indus-textiles.example", organizationId: client!.id });
  // The widget's default channel (the portal's, and chat.js without data-channel) waits in the service desk's queue.
  await ensureChatChannels(deps);
  await deps.db.update(chatChannels).set({ groupId: groups.l1 }).where(eq(chatChannels.isDefault, true));
  await seedTutorials(deps, id("manager"));
  return {
    signIns: DEMO_PEOPLE.map((p) => ({ email: p.email, role: p.role, name: p.name })),
    password: DEMO_PASSWORD,
  };
}

async function seedGroups(deps: Deps, id: (key: string) => string) {
  const [l1, l2, l3] = await deps.db
    .insert(supportGroups)
    .values([
      { name: "L1 Service Desk", tier: 1, leadId: id("l1lead"), assignment: "round_robin" },
      { name: "L2 Infrastructure", tier: 2, leadId: id("l2lead"), assignment: "least_loaded" },
      { name: "L3 Engineering", tier: 3, leadId: id("l3lead"), assignment: "manual" },
    ])
    .returning();
  await deps.db.insert(groupMembers).values([
    { groupId: l1!.id, personId: id("l1lead") },
    { groupId: l1!.id, personId: id("agent1") },
    { groupId: l1!.id, personId: id("agent2") },
    { groupId: l2!.id, personId: id("l2lead") },
    { groupId: l2!.id, personId: id("agent3") },
    { groupId: l3!.id, personId: id("l3lead") },
  ]);
  return { l1: l1!.id, l2: l2!.id, l3: l3!.id };
}

async function seedTickets(
  deps: Deps,
  byKey: Map<string, { id: string; role: Role; name: string; organizationId: string }>,
  category: (name: string) => string,
  groups: { l1: string; l2: string; l3: string },
) {
  const actor = (key: string): Actor => {
    const p = byKey.get(key)!;
    return {
      ...SYSTEM_ACTOR,
      personId: p.id,
      name: p.name,
      role: p.role,
      organizationId: p.organizationId,
      via: "session",
      groupIds: Object.values(groups),
    };
  };
  for (const t of DEMO_TICKETS) {
    const created = await createTicket(deps, actor(t.by), {
      subject: t.subject,
      description: t.description,
      type: t.type,
      impact: t.impact,
      urgency: t.urgency,
      categoryId: category(t.category),
      channel: t.channel,
      requesterId: byKey.get(t.requester)!.id,
    });
    let version = created.state.version;
    for (const step of t.steps ?? []) {
      const who = actor(step.by);
      if (step.kind === "publish") await publishIncident(deps, who, created.id, step.text);
      else if (step.kind === "public_update") await postIncidentUpdate(deps, who, created.id, step.text);
      else if (step.kind === "reply")
        await replyToTicket(deps, who, created.id, { body: step.text, channel: t.channel });
      else if (step.kind === "note") await addNote(deps, who, created.id, { body: step.text });
      else await updateTicket(deps, who, created.id, { version, status: step.status, reason: step.text });
      version = (await getTicket(deps, SYSTEM_ACTOR, created.id)).version;
    }
  }
}
