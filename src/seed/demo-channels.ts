import { and, eq } from "drizzle-orm";
import type { Deps } from "../context.ts";
import type { Actor } from "../identity/actor.ts";
import { organizations, people } from "../identity/identity.tables.ts";
import { fixedClock } from "../platform/clock/clock.ts";
import { jobs } from "../platform/jobs/jobs.tables.ts";
import { acceptChat } from "../channels/chat/accept-chat.ts";
import { endChat } from "../channels/chat/end-chat.ts";
import { openChatChannel } from "../channels/chat/open-chat-channel.ts";
import { postChatMessage } from "../channels/chat/post-chat-message.ts";
import { openChat } from "../channels/chat/start-chat.ts";
import { transferChat } from "../channels/chat/transfer-chat.ts";
import { logCall } from "../channels/log-call.ts";
import { consentRemoteSession } from "../channels/remote/consent-remote-session.ts";
import { endRemoteSession } from "../channels/remote/end-remote-session.ts";
import { ensureRemoteTools } from "../channels/remote/ensure-remote-tools.ts";
import { findRemoteToolsUnscoped } from "../channels/remote/remote.store.ts";
import { requestRemoteSession } from "../channels/remote/request-remote-session.ts";
import { startRemoteSession } from "../channels/remote/start-remote-session.ts";
import { receiveTelephonyEvent, type TelephonyEvent } from "../channels/telephony/receive-telephony-event.ts";
import type { InboundMessage } from "../channels/whatsapp/inbound-message.ts";
import { ingestWhatsappMessage } from "../channels/whatsapp/ingest-whatsapp-message.ts";
import { recordWhatsappStatus } from "../channels/whatsapp/record-whatsapp-status.ts";
import { createWhatsappNumber } from "../channels/whatsapp/save-whatsapp-number.ts";
import { bindWhatsappGroup } from "../channels/whatsapp/whatsapp-groups.ts";
import { WHATSAPP_OUTBOUND_JOB } from "../channels/whatsapp/whatsapp-public-replies.ts";
import { updateWhatsappMessage } from "../channels/whatsapp/whatsapp.store.ts";
import { whatsappMessages } from "../channels/whatsapp/whatsapp.tables.ts";
import { replyToTicket } from "../tickets/conversation/reply-to-ticket.ts";
import { fileVisitReport } from "../tickets/visits/file-visit-report.ts";
import { recordVisitStep } from "../tickets/visits/record-visit-step.ts";
import { scheduleVisit } from "../tickets/visits/schedule-visit.ts";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The demo's desk numbers, the client's office and the WhatsApp group its staff write in. */
export const DEMO_DESK_LINE = "+92 21 111 000 111";
export const DEMO_WHATSAPP = { phoneNumberId: "100200300400500", number: "+923000000000" };
export const DEMO_WHATSAPP_GROUP = "120363025246125486@g.us";
const OFFICE = {
  id: "4f6c2a8e-1d3b-4c5a-9e7f-2b8d6a4c1e90",
  label: "Lahore head office",
  street: "42 Main Boulevard, Gulberg III",
  city: "Lahore",
  timezone: "Asia/Karachi",
  hours: { days: [1, 2, 3, 4, 5, 6], open: "09:00", close: "18:00" },
};

type Who = (key: string) => Actor;
type Ticket = (subject: string) => Promise<string>;
type Groups = { l1: string; l2: string; l3: string };

/**
 * The newer channels at work in the demo, so `npm start` shows them: phone calls (logged, and from the telephony
 * webhook with missed calls waiting for a callback, one overdue), onsite visits (one done, one ahead), a remote
 * session with consent, web chats with transcripts and WhatsApp conversations (one-to-one, and a bound group).
 * Everything goes through the use cases, each at its own time before `now` (a clock of its own), so the history
 * reads as if it happened; the same workspace every time, only shifted to the day it is seeded.
 */
export async function seedChannelDemo(deps: Deps, who: Who, ticketId: Ticket, groups: Groups): Promise<void> {
  const now = deps.clock.now().getTime();
  const at = (msAgo: number): Deps => ({ ...deps, clock: fixedClock(new Date(now - msAgo)) });
  await seedCalls(deps, at, who, ticketId);
  await seedVisits(at, who, ticketId, deps);
  await seedRemoteSession(deps, at, who, ticketId);
  await seedChats(deps, at, who, groups);
  await seedWhatsapp(deps, at, who, groups);
}

async function seedCalls(deps: Deps, at: (ms: number) => Deps, who: Who, ticketId: Ticket) {
  // Usman answers on extension 201: the telephony webhook pops callers to him.
  await deps.db
    .update(people)
    .set({ extension: "201" })
    .where(eq(people.id, who("agent1").personId));
  const call = async (id: string, from: string, steps: Array<[TelephonyEvent["state"], number]>) => {
    for (const [state, msAgo] of steps)
      await receiveTelephonyEvent(deps, {
        callId: id,
        direction: "inbound",
        from,
        to: DEMO_DESK_LINE,
        state,
        agentExtension: state === "answered" ? "201" : null,
        at: new Date(deps.clock.now().getTime() - msAgo),
      });
  };
  await call("demo-call-1", "+92 301 7654321", [
    ["ringing", 2 * HOUR],
    ["answered", 2 * HOUR - 10_000],
    ["ended", 2 * HOUR - 6 * MINUTE],
  ]);
  // Missed: the callback was due long ago (overdue, escalated by the SLA worker), and one missed minutes ago.
  await call("demo-call-2", "+92 333 5550101", [
    ["ringing", 5 * HOUR],
    ["ended", 5 * HOUR - 40_000],
  ]);
  await call("demo-call-3", "+92 42 3500 1000", [
    ["ringing", 4 * MINUTE],
    ["ended", 4 * MINUTE - 30_000],
  ]);
  await logCall(at(2 * HOUR - 6 * MINUTE), who("agent1"), {
    callerNumber: "+92 301 7654321",
    callerId: who("emp2").personId,
    direction: "inbound",
    startedAt: new Date(deps.clock.now().getTime() - 2 * HOUR),
    durationSeconds: 350,
    notes: "Walked Mariam through mapping the Finance share again after the drive letter changed.",
    outcome: "resolved_on_call",
    subject: "Mapped network drive disappeared",
    description: "The S: drive no longer shows in Explorer after this morning's restart.",
    type: "incident",
    impact: "person",
    urgency: "medium",
  });
  await logCall(at(50 * MINUTE), who("agent3"), {
    callerNumber: "+92 42 3500 1000",
    callerId: who("itmgr").personId,
    direction: "outbound",
    startedAt: new Date(deps.clock.now().getTime() - 52 * MINUTE),
    durationSeconds: 120,
    notes: "Called Nadia with the switch replacement's progress; she will tell the office.",
    outcome: "updated_ticket",
    ticketId: await ticketId("ERP unreachable for the whole Lahore office"),
  });
}

async function seedVisits(at: (ms: number) => Deps, who: Who, ticketId: Ticket, deps: Deps) {
  const client = who("itmgr").organizationId;
  await deps.db
    .update(organizations)
    .set({ addresses: [OFFICE] })
    .where(eq(organizations.id, client));
  const now = deps.clock.now().getTime();
  const window = (msFromNow: number) => ({
    windowStart: new Date(now + msFromNow),
    windowEnd: new Date(now + msFromNow + 2 * HOUR),
  });
  const wifi = await ticketId("Wi-Fi drops in meeting room B");
  // Done two days ago: travel, check-in, check-out and the report, each at its own time.
  const done = await scheduleVisit(at(3 * DAY), who("agent2"), wifi, {
    technicianId: who("agent3").personId,
    site: { addressId: OFFICE.id, floor: "2", room: "Meeting room B" },
    ...window(-2 * DAY),
    notes: "Survey the access points around meeting room B.",
    reason: "Booked with the office manager",
    allowOverlap: true,
  });
  const zainab = who("agent3");
  const start = now - 2 * DAY;
  await recordVisitStep(at(now - start + 40 * MINUTE), zainab, done.visit.id, "travel_started");
  await recordVisitStep(at(now - start), zainab, done.visit.id, "arrived");
  await recordVisitStep(at(now - start - 90 * MINUTE), zainab, done.visit.id, "departed");
  await fileVisitReport(at(now - start - 95 * MINUTE), zainab, done.visit.id, {
    workDone: "Moved the access point above room B away from the steel beam; signal now -55 dBm across the room.",
    partsUsed: "1 ceiling mount bracket",
    signOffName: "Mariam Javed",
  });
  // Ahead: tomorrow, a follow-up check of the same room.
  await scheduleVisit(at(HOUR), who("agent2"), wifi, {
    technicianId: zainab.personId,
    site: { addressId: OFFICE.id, floor: "2", room: "Meeting room B" },
    ...window(DAY),
    notes: "Follow-up: check the signal during the weekly all-hands.",
    followUpOf: done.visit.id,
    reason: "Booked with the office manager",
    allowOverlap: true,
  });
}

async function seedRemoteSession(deps: Deps, at: (ms: number) => Deps, who: Who, ticketId: Ticket) {
  await ensureRemoteTools(deps);
  const rustdesk = (await findRemoteToolsUnscoped(deps.db, false)).find((t) => t.name === "RustDesk")!;
  const vpn = await ticketId("VPN disconnects every hour");
  const usman = who("agent1");
  const session = await requestRemoteSession(at(3 * HOUR), usman, vpn, {
    toolId: rustdesk.id,
    sessionRef: "482 915 337",
    purpose: "Look at the VPN client's log and its keep-alive settings",
  });
  // Omar agreed in the portal, then the session ran for 25 minutes.
  await consentRemoteSession(at(3 * HOUR - 5 * MINUTE), who("emp1"), session.id);
  await startRemoteSession(at(3 * HOUR - 8 * MINUTE), usman, session.id);
  await endRemoteSession(at(3 * HOUR - 33 * MINUTE), usman, session.id, {
    notes: "Keep-alive raised to 30 s; the drop now follows the ISP's maintenance window.",
    outcome: "partly_resolved",
  });
}

async function seedChats(deps: Deps, at: (ms: number) => Deps, who: Who, groups: Groups) {
  const channel = await openChatChannel(deps.db, undefined);
  const agent = (key: string) => ({ kind: "agent", actor: who(key) }) as const;
  const visitor = { kind: "visitor" } as const;
  // Yesterday: Omar from the portal, answered and ended; the transcript is the ticket's conversation.
  const day = DAY - 2 * HOUR;
  const omar = await openChat(at(day), who("emp1"), channel, { message: "Teams says my meeting recording failed" });
  await acceptChat(at(day - MINUTE), who("agent2"), omar.chatId);
  const lines: Array<[ReturnType<typeof agent> | typeof visitor, string]> = [
    [agent("agent2"), "Hello Omar, Hira here. Which meeting, and did the organiser have recording rights?"],
    [visitor, "Yesterday's sales review; I was the organiser."],
    [agent("agent2"), "Recordings now go to OneDrive: it is in your Recordings folder. I have shared the link here."],
    [visitor, "Found it, thank you!"],
  ];
  for (const [i, [by, body]] of lines.entries())
    await postChatMessage(at(day - (2 + i) * MINUTE), omar.chatId, by, { body });
  await endChat(at(day - 7 * MINUTE), omar.chatId, agent("agent2"));
  // Forty minutes ago: a visitor on the website, taken by Usman and handed on to L2 with its ticket.
  const saad = await openChat(at(40 * MINUTE), null, channel, {
    name: "Saad Mirza",
    email: "saad.mirza@example.com",
    message: "Our branch office cannot reach the file server since noon",
  });
  await acceptChat(at(38 * MINUTE), who("agent1"), saad.chatId);
  await postChatMessage(at(37 * MINUTE), saad.chatId, agent("agent1"), {
    body: "Thanks Saad. This needs our network team: I am passing you to L2 Infrastructure now.",
  });
  await transferChat(at(36 * MINUTE), who("agent1"), saad.chatId, { groupId: groups.l2 });
  // Now: a visitor waiting in the queue.
  await openChat(at(3 * MINUTE), null, channel, {
    name: "Hina Aslam",
    email: "hina.aslam@example.com",
    message: "How do I add a shared mailbox on my phone?",
  });
}

async function seedWhatsapp(deps: Deps, at: (ms: number) => Deps, who: Who, groups: Groups) {
  const admin = who("admin");
  const number = await createWhatsappNumber(deps, admin, {
    ...DEMO_WHATSAPP,
    displayName: "Frontline IT Service Desk",
    defaultGroupId: groups.l1,
    defaultOrganizationId: who("itmgr").organizationId,
    // The demo has no Meta account: put the number's real token and secrets here (Admin → WhatsApp).
    accessToken: "demo-access-token",
    appSecret: "demo-app-secret",
    verifyToken: "demo-verify-token",
    active: true,
  });
  const config = { ...number, id: number.id, accessToken: "", appSecret: "", verifyToken: "" };
  let seq = 0;
  const receive = async (
    msAgo: number,
    m: Partial<InboundMessage> & Pick<InboundMessage, "phone" | "name" | "text">,
  ) => {
    const when = at(msAgo);
    const message: InboundMessage = {
      id: `wamid.DEMO${String(++seq).padStart(4, "0")}`,
      senderId: m.phone!.replace(/\D/g, ""),
      sentAt: when.clock.now(),
      contextId: null,
      groupId: null,
      type: "text",
      media: null,
      unknownType: null,
      ...m,
    };
    return when.db.transaction((tx) =>
      ingestWhatsappMessage(
        { ...when, db: tx },
        { message, number: config, receivedAt: when.clock.now(), files: { files: [], notes: [] } },
      ),
    );
  };
  // What Meta's webhook would have told us about the desk's answer: sent, then delivered (and read).
  const answer = async (msAgo: number, key: string, ticket: string, body: string, statuses: string[]) => {
    const when = at(msAgo);
    const reply = await replyToTicket(when, who(key), ticket, { body, channel: "whatsapp" });
    const [row] = await deps.db
      .select()
      .from(whatsappMessages)
      .where(and(eq(whatsappMessages.ticketId, ticket), eq(whatsappMessages.status, "queued")));
    if (!row) return reply;
    const wamid = `wamid.DEMO${String(++seq).padStart(4, "0")}`;
    await deps.db
      .delete(jobs)
      .where(and(eq(jobs.kind, WHATSAPP_OUTBOUND_JOB), eq(jobs.idempotencyKey, `${WHATSAPP_OUTBOUND_JOB}:${row.id}`)));
    await updateWhatsappMessage(deps.db, row.id, { wamid, status: "sent", statusAt: when.clock.now() });
    for (const [i, status] of statuses.entries())
      await recordWhatsappStatus(deps, {
        id: wamid,
        status,
        timestamp: String(Math.floor((when.clock.now().getTime() + (i + 1) * MINUTE) / 1000)),
      });
    return reply;
  };
  // Ali writes one-to-one about his open WhatsApp ticket (the Excel report, #10007): the message joins it; answered,
  // delivered and read.
  const ali = await receive(6 * HOUR, {
    phone: "+923335550101",
    name: "Ali Hassan",
    text: "Salam, any news on the stock report? We need it for the month-end count",
  });
  await answer(
    5 * HOUR,
    "agent1",
    ali.ticketId,
    "Wa alaikum salam Ali. L3 is replacing the retired add-in; until then the report opens in Excel on the web.",
    ["delivered", "read"],
  );
  await receive(4 * HOUR, { phone: "+923335550101", name: "Ali Hassan", text: "Web works for now, thanks!" });
  // Mariam's question waits for the desk's answer (delivered, not read yet).
  const mariam = await receive(90 * MINUTE, {
    phone: "+923017654321",
    name: "Mariam Javed",
    text: "Can I get the Adobe Acrobat licence moved to my new laptop?",
  });
  await answer(
    80 * MINUTE,
    "agent2",
    mariam.ticketId,
    "Yes: sign out of Acrobat on the old laptop and we will move it today.",
    ["delivered"],
  );
  // The client's IT group on WhatsApp, bound to Indus Textiles: a member's message opens a ticket of theirs.
  await receive(30 * MINUTE, {
    phone: "+923001234567",
    name: "Omar Farooq",
    groupId: DEMO_WHATSAPP_GROUP,
    text: "The 3rd floor printer is offline again for everyone",
  });
  await bindWhatsappGroup(deps, admin, DEMO_WHATSAPP_GROUP, { organizationId: who("itmgr").organizationId });
}
