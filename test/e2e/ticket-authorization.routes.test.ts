import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { SYSTEM_ACTOR, type Actor } from "../../src/identity/actor.ts";
import { groupMembers, organizations } from "../../src/identity/identity.tables.ts";
import { ensureRemoteTools } from "../../src/channels/remote/ensure-remote-tools.ts";
import { remoteTools } from "../../src/channels/remote/remote.tables.ts";
import type { HttpServer } from "../../src/platform/http/server.ts";
import { consultationRequests } from "../../src/feedback/feedback.tables.ts";
import { addNote } from "../../src/tickets/conversation/add-note.ts";
import { replyToTicket } from "../../src/tickets/conversation/reply-to-ticket.ts";
import { createArticle } from "../../src/knowledge/article/create-article.ts";
import { linkTicketArticle } from "../../src/knowledge/article/ticket-articles.ts";
import { getPublicIncident } from "../../src/tickets/public-status/get-public-incident.ts";
import { publishIncident } from "../../src/tickets/public-status/publish-incident.ts";
import { getTicket } from "../../src/tickets/ticket/get-ticket.ts";
import { canSee } from "../../src/tickets/ticket/ticket.policy.ts";
import { updateTicket } from "../../src/tickets/ticket/update-ticket.ts";
import { uploadAttachment } from "../../src/tickets/attachments/upload-attachment.ts";
import { describeEachEngine, type TestDeps } from "../support/db.ts";
import { actorFor, buildGroup, buildOrg, buildPerson, buildTicket } from "../support/factories.ts";
import { call, sessionFor, tokenFor, upload, withApp, type Browser } from "../support/http.ts";

/** Who asks. Requesters belong to the client organization of the "own" ticket; staff to the provider. */
const CALLERS = [
  "requester", // raised the "own" ticket
  "colleague", // same organization, not a manager
  "orgManager", // a requester who manages that organization
  "agentInGroup", // member of the group both tickets sit in
  "agentNotInGroup", // member of another group only
  "manager",
  "admin",
  "readOnlyToken", // agentInGroup's API token with only tickets:read
] as const;
type Caller = (typeof CALLERS)[number];

const L = "listed";
const U = "unlisted";
type Expected = 200 | 201 | 403 | 404 | 409 | 422 | typeof L | typeof U;
type Row = { own: Expected[]; other: Expected[] };

/**
 * Every ticket endpoint × every caller (columns in CALLERS order) × where the ticket was raised: "own" is
 * `requester`'s ticket, "other" a ticket raised in another client organization; both sit in agentInGroup's group.
 * 404: the caller cannot see the ticket, and learns nothing about it. 403: they see it but may not do that.
 * The list answers 200 either way; the cell says whether the ticket is in it.
 * POST /tickets raises a ticket for the caller (requesters; "other" names the outsider as requester)
 * or for `requester` / the outsider (staff).
 */
const MATRIX: Record<string, Row> = {
  //                                                     req  coll orgM agIn agOut mgr  adm  token
  "GET /api/v1/tickets": /*                       */ { own: [L, U, L, L, U, L, L, L], other: [U, U, U, L, U, L, L, L] },
  "POST /api/v1/tickets": /*                      */ {
    own: [201, 201, 201, 201, 201, 201, 201, 403],
    other: [422, 422, 422, 201, 201, 201, 201, 403],
  },
  "GET /api/v1/tickets/:id": /*                   */ {
    own: [200, 404, 200, 200, 404, 200, 200, 200],
    other: [404, 404, 404, 200, 404, 200, 200, 200],
  },
  "PATCH /api/v1/tickets/:id": /*                 */ {
    own: [403, 404, 403, 200, 404, 200, 200, 403],
    other: [404, 404, 404, 200, 404, 200, 200, 403],
  },
  "GET /api/v1/tickets/:id/events": /*            */ {
    own: [200, 404, 200, 200, 404, 200, 200, 200],
    other: [404, 404, 404, 200, 404, 200, 200, 200],
  },
  "POST /api/v1/tickets/:id/replies": /*          */ {
    own: [201, 404, 201, 201, 404, 201, 201, 403],
    other: [404, 404, 404, 201, 404, 201, 201, 403],
  },
  "POST /api/v1/tickets/:id/notes": /*            */ {
    own: [403, 404, 403, 201, 404, 201, 201, 403],
    other: [404, 404, 404, 201, 404, 201, 201, 403],
  },
  "GET /api/v1/tickets/:id/sla": /*               */ {
    own: [200, 404, 200, 200, 404, 200, 200, 200],
    other: [404, 404, 404, 200, 404, 200, 200, 200],
  },
  "GET /api/v1/tickets/:id/escalations": /*       */ {
    own: [403, 404, 403, 200, 404, 200, 200, 200],
    other: [404, 404, 404, 200, 404, 200, 200, 200],
  },
  "POST /api/v1/tickets/:id/escalations": /*      */ {
    own: [403, 404, 403, 201, 404, 201, 201, 403],
    other: [404, 404, 404, 201, 404, 201, 201, 403],
  },
  "POST /api/v1/tickets/:id/attachments": /*      */ {
    own: [201, 404, 201, 201, 404, 201, 201, 403],
    other: [404, 404, 404, 201, 404, 201, 201, 403],
  },
  "GET /api/v1/tickets/:id/attachments": /*       */ {
    own: [200, 404, 200, 200, 404, 200, 200, 200],
    other: [404, 404, 404, 200, 404, 200, 200, 200],
  },
  "GET /api/v1/tickets/:id/attachments/:attachmentId": {
    own: [200, 404, 200, 200, 404, 200, 200, 200],
    other: [404, 404, 404, 200, 404, 200, 200, 200],
  },
  "GET /api/v1/tickets/:id/calls": /*             */ {
    own: [403, 404, 403, 200, 404, 200, 200, 200],
    other: [404, 404, 404, 200, 404, 200, 200, 200],
  },
  "GET /api/v1/tickets/:id/mail": /*              */ {
    own: [403, 404, 403, 200, 404, 200, 200, 200],
    other: [404, 404, 404, 200, 404, 200, 200, 200],
  },
  "GET /api/v1/tickets/:id/rating": /*            */ {
    own: [200, 404, 200, 200, 404, 200, 200, 200],
    other: [404, 404, 404, 200, 404, 200, 200, 200],
  },
  "PUT /api/v1/tickets/:id/rating": /*            */ {
    own: [200, 404, 403, 403, 404, 403, 403, 403],
    other: [404, 404, 404, 403, 404, 403, 403, 403],
  },
  // No ticket in this world was surveyed: the survey reads as null, and there is no
  // comment to make a suggestion of (409).
  "GET /api/v1/tickets/:id/survey": /*            */ {
    own: [200, 404, 200, 200, 404, 200, 200, 200],
    other: [404, 404, 404, 200, 404, 200, 200, 200],
  },
  "POST /api/v1/tickets/:id/survey/suggestion": /* */ {
    own: [403, 404, 403, 403, 404, 409, 409, 403],
    other: [404, 404, 404, 403, 404, 409, 409, 403],
  },
  // Both tickets came from the consultation form in this world; linking names a staff member, whom no request is ever for (422).
  "GET /api/v1/tickets/:id/consultation": /*       */ {
    own: [403, 404, 403, 200, 404, 200, 200, 200],
    other: [404, 404, 404, 200, 404, 200, 200, 200],
  },
  "POST /api/v1/tickets/:id/consultation/link": /* */ {
    own: [403, 404, 403, 422, 404, 422, 422, 403],
    other: [404, 404, 404, 422, 404, 422, 422, 403],
  },
  "GET /api/v1/tickets/:id/public-incident": /*    */ {
    own: [403, 404, 403, 200, 404, 200, 200, 200],
    other: [404, 404, 404, 200, 404, 200, 200, 200],
  },
  "PUT /api/v1/tickets/:id/public-incident": /*    */ {
    own: [403, 404, 403, 200, 404, 200, 200, 403],
    other: [404, 404, 404, 200, 404, 200, 200, 403],
  },
  "DELETE /api/v1/tickets/:id/public-incident": /* */ {
    own: [403, 404, 403, 200, 404, 200, 200, 403],
    other: [404, 404, 404, 200, 404, 200, 200, 403],
  },
  "POST /api/v1/tickets/:id/public-incident/updates": {
    own: [403, 404, 403, 201, 404, 201, 201, 403],
    other: [404, 404, 404, 201, 404, 201, 201, 403],
  },
  // 200 carries one result per ticket: a ticket the caller may not see is a 404 result inside it.
  "POST /api/v1/tickets/bulk": /*                 */ {
    own: [403, 403, 403, 200, 200, 200, 200, 403],
    other: [403, 403, 403, 200, 200, 200, 200, 403],
  },
  "GET /api/v1/tickets/:id/articles": /*          */ {
    own: [200, 404, 200, 200, 404, 200, 200, 200],
    other: [404, 404, 404, 200, 404, 200, 200, 200],
  },
  "POST /api/v1/tickets/:id/articles": /*         */ {
    own: [403, 404, 403, 200, 404, 200, 200, 403],
    other: [404, 404, 404, 200, 404, 200, 200, 403],
  },
  "DELETE /api/v1/tickets/:id/articles/:articleId": {
    own: [403, 404, 403, 200, 404, 200, 200, 403],
    other: [404, 404, 404, 200, 404, 200, 200, 403],
  },
  "POST /api/v1/tickets/:id/article-inserts": /*  */ {
    own: [403, 404, 403, 200, 404, 200, 200, 403],
    other: [404, 404, 404, 200, 404, 200, 200, 403],
  },
  "GET /api/v1/tickets/:id/visits": /*           */ {
    own: [200, 404, 200, 200, 404, 200, 200, 200],
    other: [404, 404, 404, 200, 404, 200, 200, 200],
  },
  "POST /api/v1/tickets/:id/visits": /*          */ {
    own: [403, 404, 403, 201, 404, 201, 201, 403],
    other: [404, 404, 404, 201, 404, 201, 201, 403],
  },
  "GET /api/v1/tickets/:id/remote-sessions": /*  */ {
    own: [200, 404, 200, 200, 404, 200, 200, 200],
    other: [404, 404, 404, 200, 404, 200, 200, 200],
  },
  "POST /api/v1/tickets/:id/remote-sessions": /* */ {
    own: [403, 404, 403, 201, 404, 201, 201, 403],
    other: [404, 404, 404, 201, 404, 201, 201, 403],
  },
  "GET /api/v1/tickets/:id/whatsapp": /*         */ {
    own: [403, 404, 403, 200, 404, 200, 200, 200],
    other: [404, 404, 404, 200, 404, 200, 200, 200],
  },
  "POST /api/v1/tickets/:id/whatsapp/templates": {
    own: [403, 404, 403, 422, 404, 422, 422, 403],
    other: [404, 404, 404, 422, 404, 422, 422, 403],
  },
};

const NEW_TICKET = {
  subject: "Laptop will not boot",
  description: "Black screen after the logo.",
  impact: "person",
  urgency: "medium",
};

/** Endpoints whose 403 is another aggregate's refusal than the ticket's (the caller may see the ticket). */
const OTHER_FORBIDDEN_CODE: Record<string, string> = {
  // Triage is the suggestion policy's: only managers and admins turn a survey comment into a suggestion.
  "POST /api/v1/tickets/:id/survey/suggestion": "FORBIDDEN",
  // The WhatsApp conversation is staff's (the channel's policy): a requester who sees the ticket is refused there.
  "GET /api/v1/tickets/:id/whatsapp": "FORBIDDEN",
  "POST /api/v1/tickets/:id/whatsapp/templates": "FORBIDDEN",
};

/** The 422 of an endpoint whose refusal past the policy is not about the requester. */
const UNPROCESSABLE_CODE: Record<string, string> = {
  // No template is set up in this world: staff who pass the policy reach the template check.
  "POST /api/v1/tickets/:id/whatsapp/templates": "WHATSAPP_TEMPLATE_NOT_FOUND",
};

async function buildWorld(deps: TestDeps) {
  const provider = await buildOrg(deps, { kind: "provider" });
  const client = await buildOrg(deps);
  const otherClient = await buildOrg(deps);
  const people = {
    requester: await buildPerson(deps, client.id),
    colleague: await buildPerson(deps, client.id),
    orgManager: await buildPerson(deps, client.id, "requester", { orgManager: true }),
    outsider: await buildPerson(deps, otherClient.id),
    agentIn: await buildPerson(deps, provider.id, "agent"),
    agentOut: await buildPerson(deps, provider.id, "agent"),
    manager: await buildPerson(deps, provider.id, "manager"),
    admin: await buildPerson(deps, provider.id, "admin"),
  };
  const group = await buildGroup(deps, { members: [people.agentIn.id] });
  const otherGroup = await buildGroup(deps, { members: [people.agentOut.id] });
  const staff = actorFor(people.admin);
  // Each ticket has a public reply carrying an attachment, an internal note and an internal field move (tags).
  const ticketFor = async (requesterId: string) => {
    const t = await buildTicket(deps, staff, { requesterId, groupId: group.id });
    const file = await uploadAttachment(deps, staff, t.id, {
      filename: "screen.txt",
      bytes: Buffer.from("error 0x7b"),
    });
    await replyToTicket(deps, staff, t.id, { body: "Which model is it?", attachmentIds: [file.id] });
    await addNote(deps, staff, t.id, { body: "Internal: a known firmware bug, do not tell the customer yet" });
    await updateTicket(deps, staff, t.id, { version: 4, tags: ["firmware"] });
    await deps.db.insert(consultationRequests).values({
      ticketId: t.id,
      name: "Visitor",
      company: "Co",
      email: "visitor@co.example",
      phone: "0300 1234567",
      preferredDate: "2026-03-05",
      windowStart: "10:00",
      windowEnd: "11:00",
      topic: "Help",
      message: "",
    });
    return { id: t.id, number: t.number, attachmentId: file.id };
  };
  const own = await ticketFor(people.requester.id);
  const other = await ticketFor(people.outsider.id);
  const as: Record<Caller, Browser | string> = {
    requester: await sessionFor(deps, people.requester.id),
    colleague: await sessionFor(deps, people.colleague.id),
    orgManager: await sessionFor(deps, people.orgManager.id),
    agentInGroup: await sessionFor(deps, people.agentIn.id),
    agentNotInGroup: await sessionFor(deps, people.agentOut.id),
    manager: await sessionFor(deps, people.manager.id),
    admin: await sessionFor(deps, people.admin.id),
    readOnlyToken: await tokenFor(deps, people.agentIn.id, ["tickets:read"]),
  };
  return { client, otherClient, people, group, otherGroup, own, other, as };
}
type World = Awaited<ReturnType<typeof buildWorld>>;
type Cell = { deps: TestDeps; w: World; caller: Caller; which: "own" | "other" };
type Request = { method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE"; url: string; body?: unknown; file?: true };

async function publishedIncident(c: Cell): Promise<void> {
  if (!(await getPublicIncident(c.deps, SYSTEM_ACTOR, ticketOf(c).id)).published)
    await publishIncident(c.deps, SYSTEM_ACTOR, ticketOf(c).id, "Service degraded");
}

const articles = new WeakMap<World, Promise<string>>();
/** The world's one published article (written once per world). */
function articleOf(c: Cell): Promise<string> {
  if (!articles.has(c.w))
    articles.set(
      c.w,
      createArticle(c.deps, SYSTEM_ACTOR, {
        title: "Reset your Outlook password",
        body: "Choose Forgot password.",
        language: "en",
        audiences: ["current"],
        tags: [],
        visibility: "signed_in",
        status: "published",
      }).then((a) => a.id),
    );
  return articles.get(c.w)!;
}

const isRequester = (caller: Caller) => caller === "requester" || caller === "colleague" || caller === "orgManager";
const ticketOf = ({ w, which }: Cell) => w[which];
/** A site of the ticket's organization, for booking a visit (any hours: the booking gives a reason). */
const SITE = {
  id: "hq",
  label: "Head office",
  street: "1 Main Street",
  city: "Lahore",
  timezone: "Asia/Karachi",
  hours: null,
};

/** The request each endpoint gets in a cell: a valid one, so only authorization decides the answer. */
const REQUESTS: Record<string, (cell: Cell) => Promise<Request>> = {
  "GET /api/v1/tickets": async () => ({ method: "GET", url: "/api/v1/tickets?limit=200" }),
  "POST /api/v1/tickets": async ({ w, caller, which }) => {
    const requesterId =
      which === "other" ? w.people.outsider.id : isRequester(caller) ? undefined : w.people.requester.id;
    return { method: "POST", url: "/api/v1/tickets", body: { ...NEW_TICKET, ...(requesterId ? { requesterId } : {}) } };
  },
  "GET /api/v1/tickets/:id": async (c) => ({ method: "GET", url: `/api/v1/tickets/${ticketOf(c).id}` }),
  "PATCH /api/v1/tickets/:id": async (c) => {
    const { version } = await getTicket(c.deps, SYSTEM_ACTOR, ticketOf(c).id);
    return {
      method: "PATCH",
      url: `/api/v1/tickets/${ticketOf(c).id}`,
      body: { version, tags: [`seen-by-${c.caller}`] },
    };
  },
  "GET /api/v1/tickets/:id/events": async (c) => ({ method: "GET", url: `/api/v1/tickets/${ticketOf(c).id}/events` }),
  "POST /api/v1/tickets/:id/replies": async (c) => ({
    method: "POST",
    url: `/api/v1/tickets/${ticketOf(c).id}/replies`,
    body: { body: "Any news?" },
  }),
  "POST /api/v1/tickets/:id/notes": async (c) => ({
    method: "POST",
    url: `/api/v1/tickets/${ticketOf(c).id}/notes`,
    body: { body: "Checked the logs." },
  }),
  "GET /api/v1/tickets/:id/sla": async (c) => ({ method: "GET", url: `/api/v1/tickets/${ticketOf(c).id}/sla` }),
  "GET /api/v1/tickets/:id/escalations": async (c) => ({
    method: "GET",
    url: `/api/v1/tickets/${ticketOf(c).id}/escalations`,
  }),
  "POST /api/v1/tickets/:id/escalations": async (c) => ({
    method: "POST",
    url: `/api/v1/tickets/${ticketOf(c).id}/escalations`,
    body: { reason: "Customer's CFO is waiting" },
  }),
  "POST /api/v1/tickets/:id/attachments": async (c) => ({
    method: "POST",
    url: `/api/v1/tickets/${ticketOf(c).id}/attachments`,
    file: true,
  }),
  "GET /api/v1/tickets/:id/attachments": async (c) => ({
    method: "GET",
    url: `/api/v1/tickets/${ticketOf(c).id}/attachments`,
  }),
  "GET /api/v1/tickets/:id/attachments/:attachmentId": async (c) => ({
    method: "GET",
    url: `/api/v1/tickets/${ticketOf(c).id}/attachments/${ticketOf(c).attachmentId}`,
  }),
  "GET /api/v1/tickets/:id/calls": async (c) => ({ method: "GET", url: `/api/v1/tickets/${ticketOf(c).id}/calls` }),
  "GET /api/v1/tickets/:id/mail": async (c) => ({ method: "GET", url: `/api/v1/tickets/${ticketOf(c).id}/mail` }),
  "GET /api/v1/tickets/:id/rating": async (c) => ({ method: "GET", url: `/api/v1/tickets/${ticketOf(c).id}/rating` }),
  // Only a resolved (or closed) ticket can be rated, so the ticket is resolved first: only authorization decides.
  "PUT /api/v1/tickets/:id/rating": async (c) => {
    const t = await getTicket(c.deps, SYSTEM_ACTOR, ticketOf(c).id);
    if (t.status !== "resolved")
      await updateTicket(c.deps, SYSTEM_ACTOR, t.id, { version: t.version, status: "resolved" });
    return {
      method: "PUT",
      url: `/api/v1/tickets/${ticketOf(c).id}/rating`,
      body: { score: 4, comment: `rated by ${c.caller}` },
    };
  },
  "GET /api/v1/tickets/:id/survey": async (c) => ({ method: "GET", url: `/api/v1/tickets/${ticketOf(c).id}/survey` }),
  "POST /api/v1/tickets/:id/survey/suggestion": async (c) => ({
    method: "POST",
    url: `/api/v1/tickets/${ticketOf(c).id}/survey/suggestion`,
  }),
  "GET /api/v1/tickets/:id/consultation": async (c) => ({
    method: "GET",
    url: `/api/v1/tickets/${ticketOf(c).id}/consultation`,
  }),
  "POST /api/v1/tickets/:id/consultation/link": async (c) => ({
    method: "POST",
    url: `/api/v1/tickets/${ticketOf(c).id}/consultation/link`,
    body: { personId: c.w.people.agentIn.id },
  }),
  "GET /api/v1/tickets/:id/public-incident": async (c) => ({
    method: "GET",
    url: `/api/v1/tickets/${ticketOf(c).id}/public-incident`,
  }),
  "PUT /api/v1/tickets/:id/public-incident": async (c) => ({
    method: "PUT",
    url: `/api/v1/tickets/${ticketOf(c).id}/public-incident`,
    body: { title: `Published by ${c.caller}` },
  }),
  // Updating or unpublishing needs a published incident, so one is published first: only authorization decides.
  "DELETE /api/v1/tickets/:id/public-incident": async (c) => {
    await publishedIncident(c);
    return { method: "DELETE", url: `/api/v1/tickets/${ticketOf(c).id}/public-incident` };
  },
  "POST /api/v1/tickets/:id/public-incident/updates": async (c) => {
    await publishedIncident(c);
    return {
      method: "POST",
      url: `/api/v1/tickets/${ticketOf(c).id}/public-incident/updates`,
      body: { body: `Update from ${c.caller}` },
    };
  },
  // A published article for everyone, linked by the system where removing the link is asked.
  "GET /api/v1/tickets/:id/articles": async (c) => ({
    method: "GET",
    url: `/api/v1/tickets/${ticketOf(c).id}/articles`,
  }),
  "POST /api/v1/tickets/:id/articles": async (c) => ({
    method: "POST",
    url: `/api/v1/tickets/${ticketOf(c).id}/articles`,
    body: { articleId: await articleOf(c) },
  }),
  "POST /api/v1/tickets/:id/article-inserts": async (c) => ({
    method: "POST",
    url: `/api/v1/tickets/${ticketOf(c).id}/article-inserts`,
    body: { articleId: await articleOf(c), as: "link" },
  }),
  "DELETE /api/v1/tickets/:id/articles/:articleId": async (c) => {
    const articleId = await articleOf(c);
    await linkTicketArticle(c.deps, SYSTEM_ACTOR, ticketOf(c).id, articleId);
    return { method: "DELETE", url: `/api/v1/tickets/${ticketOf(c).id}/articles/${articleId}` };
  },
  "POST /api/v1/tickets/bulk": async (c) => ({
    method: "POST",
    url: "/api/v1/tickets/bulk",
    body: { ticketIds: [ticketOf(c).id], changes: { addTags: [`bulk-by-${c.caller}`] } },
  }),
  "GET /api/v1/tickets/:id/visits": async (c) => ({ method: "GET", url: `/api/v1/tickets/${ticketOf(c).id}/visits` }),
  "POST /api/v1/tickets/:id/visits": async (c) => {
    const ticket = ticketOf(c);
    await c.deps.db
      .update(organizations)
      .set({ addresses: [SITE] })
      .where(eq(organizations.id, c.which === "own" ? c.w.client.id : c.w.otherClient.id));
    return {
      method: "POST",
      url: `/api/v1/tickets/${ticket.id}/visits`,
      body: {
        technicianId: c.w.people.agentIn.id,
        site: { addressId: SITE.id },
        windowStart: "2031-03-04T10:00:00Z",
        windowEnd: "2031-03-04T11:00:00Z",
        reason: "Booked by the authorization matrix",
        allowOverlap: true,
      },
    };
  },
  "GET /api/v1/tickets/:id/remote-sessions": async (c) => ({
    method: "GET",
    url: `/api/v1/tickets/${ticketOf(c).id}/remote-sessions`,
  }),
  "POST /api/v1/tickets/:id/remote-sessions": async (c) => {
    await ensureRemoteTools(c.deps);
    const [tool] = await c.deps.db.select().from(remoteTools).limit(1);
    return {
      method: "POST",
      url: `/api/v1/tickets/${ticketOf(c).id}/remote-sessions`,
      body: { toolId: tool!.id, sessionRef: "123 456 789", purpose: "Look at the printer driver" },
    };
  },
  "GET /api/v1/tickets/:id/whatsapp": async (c) => ({
    method: "GET",
    url: `/api/v1/tickets/${ticketOf(c).id}/whatsapp`,
  }),
  "POST /api/v1/tickets/:id/whatsapp/templates": async (c) => ({
    method: "POST",
    url: `/api/v1/tickets/${ticketOf(c).id}/whatsapp/templates`,
    body: { templateId: randomUUID(), parameters: [] },
  }),
};

async function send(app: HttpServer, request: Request, as: Browser | string) {
  if (request.file)
    return upload(app, {
      url: request.url,
      as,
      filename: "photo.txt",
      bytes: "the screen says 0x7b",
      contentType: "text/plain",
    });
  return call(app, { method: request.method, url: request.url, body: request.body, as });
}

/** Every route the app serves, as "METHOD /path" (HEAD is Fastify's automatic twin of GET). */
function registeredRoutes(app: HttpServer): string[] {
  const routes: string[] = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split("\n")) {
    const m = /^([│ ]*)[├└]── (.*?)(?: \(([^)]*)\))?$/.exec(line);
    if (!m) continue;
    stack.length = m[1]!.length / 4;
    stack.push(m[2]!);
    for (const method of (m[3] ?? "").split(", ").filter(Boolean))
      if (method !== "HEAD") routes.push(`${method} ${stack.join("")}`);
  }
  return routes;
}

describeEachEngine("ticket authorization", (ctx) => {
  const http = withApp(ctx);

  it("has a matrix row for every ticket route the app serves", () => {
    const served = registeredRoutes(http.app).filter((r) => /^\/api\/v1\/tickets(\/|$)/.test(r.split(" ")[1]!));
    expect(served.length).toBeGreaterThan(5);
    expect(Object.keys(MATRIX).sort()).toEqual(served.sort());
    expect(Object.keys(REQUESTS).sort()).toEqual(served.sort());
  });

  for (const [endpoint, row] of Object.entries(MATRIX)) {
    it(`${endpoint} answers every caller as the policy says`, async () => {
      const w = await buildWorld(ctx.deps);
      const expected: Record<string, Expected> = {};
      const actual: Record<string, Expected | number> = {};
      const wrongProblems: string[] = [];
      for (const which of ["own", "other"] as const) {
        for (const [i, caller] of CALLERS.entries()) {
          const cell = `${caller} / ${which}`;
          expected[cell] = row[which][i]!;
          const res = await send(
            http.app,
            await REQUESTS[endpoint]!({ deps: ctx.deps, w, caller, which }),
            w.as[caller],
          );
          if (endpoint === "GET /api/v1/tickets" && res.statusCode === 200) {
            actual[cell] = res.json().items.some((t: { id: string }) => t.id === w[which].id) ? L : U;
          } else actual[cell] = res.statusCode;
          if (res.statusCode >= 400) {
            const body = res.json();
            const code =
              res.statusCode === 404
                ? "TICKET_NOT_FOUND"
                : res.statusCode === 422
                  ? (UNPROCESSABLE_CODE[endpoint] ?? "REQUESTER_NOT_FOUND")
                  : res.statusCode === 409
                    ? "SURVEY_COMMENT_MISSING"
                    : caller === "readOnlyToken"
                      ? "SCOPE_MISSING"
                      : (OTHER_FORBIDDEN_CODE[endpoint] ?? "TICKET_ACTION_FORBIDDEN");
            if (!String(res.headers["content-type"]).startsWith("application/problem+json") || body.code !== code) {
              wrongProblems.push(
                `${cell}: ${res.statusCode} ${body.code} (${res.headers["content-type"]}), expected ${code}`,
              );
            }
          }
        }
      }
      expect(actual).toEqual(expected);
      expect(wrongProblems).toEqual([]);
    });
  }

  it("answers an invisible ticket exactly as a ticket that does not exist", async () => {
    const w = await buildWorld(ctx.deps);
    const strip = (b: Record<string, unknown>) => ({ ...b, instance: undefined });
    for (const path of ["", "/events", "/attachments"]) {
      const hidden = await call(http.app, {
        method: "GET",
        url: `/api/v1/tickets/${w.other.id}${path}`,
        as: w.as.requester,
      });
      const missing = await call(http.app, {
        method: "GET",
        url: `/api/v1/tickets/${randomUUID()}${path}`,
        as: w.as.requester,
      });
      expect(hidden.statusCode).toBe(404);
      expect(strip(hidden.json())).toEqual(strip(missing.json()));
    }
    const byNumber = await call(http.app, {
      method: "GET",
      url: `/api/v1/tickets/${w.other.number}`,
      as: w.as.requester,
    });
    expect(byNumber.statusCode).toBe(404);
  });

  it("serves an attachment only under its own ticket", async () => {
    const w = await buildWorld(ctx.deps);
    const res = await call(http.app, {
      method: "GET",
      url: `/api/v1/tickets/${w.own.id}/attachments/${w.other.attachmentId}`,
      as: w.as.admin,
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: "ATTACHMENT_NOT_FOUND", errors: [{ field: "params.attachmentId" }] });
  });

  it("never shows requesters internal notes or internal field moves in the history", async () => {
    const w = await buildWorld(ctx.deps);
    for (const caller of ["requester", "orgManager"] as const) {
      const items: Array<{ type: string; data: Record<string, unknown> }> = (
        await call(http.app, { method: "GET", url: `/api/v1/tickets/${w.own.id}/events`, as: w.as[caller] })
      ).json().items;
      expect(items.map((e) => e.type)).toEqual(["created", "replied", "changed"]);
      expect(JSON.stringify(items)).not.toContain("firmware");
      expect(items.find((e) => e.type === "created")!.data.fields).not.toHaveProperty("groupId");
    }
    const staffView = (
      await call(http.app, { method: "GET", url: `/api/v1/tickets/${w.own.id}/events`, as: w.as.agentInGroup })
    ).json().items;
    expect(staffView.map((e: { type: string }) => e.type)).toEqual([
      "created",
      "replied",
      "changed",
      "noted",
      "changed",
    ]);
  });

  {
    const listIds = async (as: Browser | string, query = "") => {
      const res = await call(http.app, { method: "GET", url: `/api/v1/tickets?limit=200${query}`, as });
      expect(res.statusCode).toBe(200);
      return new Set<string>(res.json().items.map((t: { id: string }) => t.id));
    };

    /** Tickets in every corner: each client, each group, none, and one assigned to an agent outside its group. */
    async function buildSpread(w: World) {
      const staff = actorFor(w.people.admin);
      const thirdGroup = await buildGroup(ctx.deps, { members: [w.people.agentIn.id] });
      const make = (requesterId: string, groupId: string, over = {}) =>
        buildTicket(ctx.deps, staff, { requesterId, groupId, ...over });
      const spread = [
        await make(w.people.requester.id, w.group.id),
        await make(w.people.colleague.id, w.otherGroup.id),
        await make(w.people.orgManager.id, w.otherGroup.id),
        await make(w.people.outsider.id, w.otherGroup.id),
        await make(w.people.outsider.id, thirdGroup.id, { assigneeId: w.people.agentIn.id }),
      ];
      // agentIn moves out of the third group but still owns the ticket assigned to them there.
      await ctx.deps.db
        .delete(groupMembers)
        .where(and(eq(groupMembers.groupId, thirdGroup.id), eq(groupMembers.personId, w.people.agentIn.id)));
      return { spread, assignedAway: spread[4]!, outsiders: [w.other.id, spread[3]!.id, spread[4]!.id] };
    }

    it("for every caller, lists exactly the tickets the policy lets them see", async () => {
      const w = await buildWorld(ctx.deps);
      await buildSpread(w);
      const everything = [...(await listIds(w.as.admin))];
      const actors: Record<Exclude<Caller, "readOnlyToken">, Actor> = {
        requester: actorFor(w.people.requester),
        colleague: actorFor(w.people.colleague),
        orgManager: actorFor(w.people.orgManager),
        agentInGroup: actorFor(w.people.agentIn, [w.group.id]),
        agentNotInGroup: actorFor(w.people.agentOut, [w.otherGroup.id]),
        manager: actorFor(w.people.manager),
        admin: actorFor(w.people.admin),
      };
      for (const [caller, actor] of Object.entries(actors) as Array<[Caller, Actor]>) {
        const visible = [];
        for (const id of everything) {
          const t = await getTicket(ctx.deps, SYSTEM_ACTOR, id);
          if (canSee(actor, t)) visible.push(id);
        }
        expect([...(await listIds(w.as[caller]))].sort(), caller).toEqual(visible.sort());
      }
      expect(everything).toHaveLength(7);
    });

    it("never lists another organization's ticket to a requester, whatever the filters say", async () => {
      const w = await buildWorld(ctx.deps);
      const { outsiders } = await buildSpread(w);
      for (const caller of ["requester", "colleague", "orgManager"] as const) {
        for (const query of [
          "",
          `&organizationId=${w.otherClient.id}`,
          `&requesterId=${w.people.outsider.id}`,
          `&q=${w.other.number}`,
          "&status=new,open",
        ]) {
          const ids = await listIds(w.as[caller], query);
          expect(
            outsiders.filter((id) => ids.has(id)),
            `${caller} ${query}`,
          ).toEqual([]);
        }
      }
    });

    it("lists a colleague's tickets to the organization's manager only", async () => {
      const w = await buildWorld(ctx.deps);
      const { spread } = await buildSpread(w);
      const colleagues = spread[1]!.id;
      expect((await listIds(w.as.orgManager)).has(colleagues)).toBe(true);
      expect((await listIds(w.as.requester)).has(colleagues)).toBe(false);
      expect([...(await listIds(w.as.colleague))]).toEqual([colleagues]);
    });

    it("lists to an agent their groups' tickets and the ones assigned to them, nothing else", async () => {
      const w = await buildWorld(ctx.deps);
      const { spread, assignedAway } = await buildSpread(w);
      expect([...(await listIds(w.as.agentInGroup))].sort()).toEqual(
        [w.own.id, w.other.id, spread[0]!.id, assignedAway.id].sort(),
      );
      expect([...(await listIds(w.as.agentNotInGroup))].sort()).toEqual(
        [spread[1]!.id, spread[2]!.id, spread[3]!.id].sort(),
      );
      const assigned = await call(http.app, {
        method: "GET",
        url: `/api/v1/tickets/${assignedAway.id}`,
        as: w.as.agentInGroup,
      });
      expect(assigned.json().abilities).toMatchObject({ read: true, update: true });
    });
  }
});
