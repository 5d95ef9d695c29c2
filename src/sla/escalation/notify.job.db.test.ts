import { createHmac } from "node:crypto";
import { once } from "node:events";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildWorkspace, ticketInput } from "../../../test/support/factories.ts";
import { useSmtpSink } from "../../../test/support/smtp.ts";
import { parseConfig } from "../../config/config.ts";
import { jobs } from "../../platform/jobs/jobs.tables.ts";
import { enqueue, findJob } from "../../platform/jobs/jobs.store.ts";
import { exponentialBackoff, runDueJobs } from "../../platform/jobs/run-jobs.ts";
import { createSmtpMailer, type Mailer } from "../../platform/mail/mailer.ts";
import { createTicket } from "../../tickets/ticket/create-ticket.ts";
import { ensureSlaDefaults } from "../policy/ensure-sla-defaults.ts";
import { PolicyDefinition } from "../policy/policy.ts";
import { fireDueTimers } from "./fire-due-timers.ts";
import { notifyJobHandlers } from "./notify.job.ts";
import { insertPolicy } from "../policy/policy.store.ts";
import { findCalendarByName } from "../calendar/calendar.store.ts";

const SECRET = "webhook-secret-for-tests";
// Short only where the receiver never answers; elsewhere generous, so a busy machine cannot fail a delivery.
const TIMEOUT_MS = 300;

// A real HTTP receiver on loopback: answers each POST with the next scripted status ("hang" never answers).
type Received = { headers: IncomingHttpHeaders; body: string };
const received: Received[] = [];
let script: Array<number | "hang"> = [];
let webhook: Server;
let webhookUrl = "";

// A real SMTP server on loopback that keeps every message it is given.
const smtp = useSmtpSink();
const mails = smtp.mails;

beforeAll(async () => {
  webhook = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      const next = script.shift() ?? 200;
      if (next !== "hang") res.writeHead(next).end();
    });
  });
  webhook.listen(0, "127.0.0.1");
  await once(webhook, "listening");
  webhookUrl = `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/hooks/sla?token=t0ps3cret`;
});

afterAll(async () => {
  webhook.closeAllConnections();
  await new Promise((resolve) => webhook.close(resolve));
});

/** A header of a raw message, unfolded. */
function header(raw: string, name: string): string | undefined {
  const head = raw.split("\r\n\r\n")[0]!.replace(/\r\n[ \t]/g, " ");
  return new RegExp(`^${name}: (.*)$`, "im").exec(head)?.[1];
}

describeEachEngine("SLA notification jobs", (ctx) => {
  let mailer: Mailer | undefined;
  const run = () =>
    runDueJobs(ctx.deps.db, notifyJobHandlers(ctx.deps, mailer), {
      now: () => ctx.deps.clock.now(),
      log: pino({ level: "silent" }),
    });

  const configWith = (timeoutMs: number) =>
    parseConfig({
      LOG_LEVEL: "silent",
      DATA_DIR: "/nonexistent",
      SMTP_URL: smtp.url(),
      WEBHOOK_SECRET: SECRET,
      WEBHOOK_TIMEOUT_MS: String(timeoutMs),
    });

  beforeEach(() => {
    received.length = 0;
    mails.length = 0;
    script = [];
    ctx.deps.config = configWith(60_000);
    mailer = createSmtpMailer(smtp.url(), "Frontline <sla@frontline.test>");
    return () => mailer?.close();
  });

  async function webhookJob() {
    const payload = {
      ticketId: "t-1",
      number: 10042,
      subject: "VPN down",
      title: "#10042: first response target breached",
      recipients: [],
      threshold: "first_response:0:300000:breach",
      url: webhookUrl,
    };
    await enqueue(ctx.deps.db, { kind: "notify.webhook", payload, runAt: ctx.deps.clock.now() });
  }

  it("webhook: POSTs the JSON body signed with HMAC-SHA256 of its bytes; a 2xx marks the job done", async () => {
    await webhookJob();
    expect(await run()).toMatchObject({ claimed: 1, done: 1 });
    expect(received).toHaveLength(1);
    const [{ headers, body }] = received as [Received];
    expect(headers["content-type"]).toBe("application/json");
    expect(headers["x-frontline-signature"]).toBe(`sha256=${createHmac("sha256", SECRET).update(body).digest("hex")}`);
    expect(headers["x-frontline-delivery"]).toBe("1");
    expect(JSON.parse(body)).toMatchObject({
      event: "sla.threshold",
      deliveryId: "1",
      ticket: { number: 10042, subject: "VPN down" },
      threshold: "first_response:0:300000:breach",
    });
  });

  it("webhook: a 500 is retried after the backoff with the same delivery id, then succeeds", async () => {
    script = [500, 204];
    await webhookJob();
    expect(await run()).toMatchObject({ retried: 1 });
    const failed = await findJob(ctx.deps.db, 1);
    expect(failed!.lastError).toMatch(/answered HTTP 500/);
    expect(failed!.lastError).not.toContain("t0ps3cret"); // the URL's query string stays out of stored errors
    ctx.deps.clock.advance(exponentialBackoff(1));
    expect(await run()).toMatchObject({ done: 1 });
    expect(received.map((r) => r.headers["x-frontline-delivery"])).toEqual(["1", "1"]);
  });

  it("webhook: a receiver that does not answer in time is a failed attempt, retried later", async () => {
    script = ["hang"];
    ctx.deps.config = configWith(TIMEOUT_MS);
    await webhookJob();
    expect(await run()).toMatchObject({ retried: 1 });
    expect((await findJob(ctx.deps.db, 1))!.lastError).toBe(
      `webhook ${new URL(webhookUrl).origin}/hooks/sla did not answer within ${TIMEOUT_MS} ms`,
    );
  });

  it("email: mails the recipients at their addresses, the ticket number in the subject", async () => {
    const w = await buildWorkspace(ctx.deps);
    const payload = {
      ticketId: "t-1",
      number: 10042,
      subject: "VPN down",
      title: "#10042: first response target breached",
      recipients: [w.agent.personId],
      threshold: "k",
      url: null,
    };
    await enqueue(ctx.deps.db, { kind: "notify.email", payload, runAt: ctx.deps.clock.now() });
    expect(await run()).toMatchObject({ done: 1 });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.rcptTo).toEqual([`${w.agent.name}@example.test`]);
    expect(header(mails[0]!.raw, "To")).toBe(`${w.agent.name}@example.test`);
    expect(header(mails[0]!.raw, "Subject")).toContain("#10042");
  });

  it("email: without SMTP_URL the job fails for good, saying so", async () => {
    mailer?.close();
    mailer = undefined;
    await enqueue(ctx.deps.db, {
      kind: "notify.email",
      payload: { ticketId: "t", number: 1, subject: "s", title: "t", recipients: [], threshold: "k", url: null },
      runAt: ctx.deps.clock.now(),
    });
    expect(await run()).toMatchObject({ failed: 1 });
    expect(await findJob(ctx.deps.db, 1)).toMatchObject({ attempts: 1, lastError: "SMTP_URL is not configured" });
  });

  it("end to end: an escalation level with email and webhook channels is delivered once through the job queue", async () => {
    await ensureSlaDefaults(ctx.deps);
    const always = await findCalendarByName(ctx.deps.db, "24×7");
    const targets = { firstResponseMinutes: 5, resolutionMinutes: 60, calendarId: always!.id };
    const definition = PolicyDefinition.parse({
      targets: { critical: targets, high: targets, medium: targets, low: targets },
      warningShares: [],
      escalations: [
        {
          level: 1,
          clock: "first_response",
          offsetMinutes: 0,
          actions: [{ type: "notify", who: ["assignee"], channels: ["email", "webhook"], webhookUrl }],
        },
      ],
    });
    await insertPolicy(ctx.deps.db, {
      name: "Notify outside",
      position: 1,
      isDefault: false,
      conditions: {},
      definition,
      effectiveFrom: new Date(0),
      createdBy: null,
    });
    const w = await buildWorkspace(ctx.deps);
    const t = await createTicket(
      ctx.deps,
      w.agent,
      ticketInput({
        requesterId: w.requester.personId,
        impact: "organization",
        urgency: "high",
        assigneeId: w.agent.personId,
        groupId: w.group.id,
      }),
    );
    ctx.deps.clock.advance(6 * 60_000);
    await fireDueTimers(ctx.deps);
    await fireDueTimers(ctx.deps);
    expect((await ctx.deps.db.select().from(jobs)).map((j) => j.kind).sort()).toEqual([
      "notify.email",
      "notify.webhook",
    ]);
    expect(await run()).toMatchObject({ claimed: 2, done: 2 });
    expect(await run()).toMatchObject({ claimed: 0 });
    expect(received).toHaveLength(1);
    expect(JSON.parse(received[0]!.body)).toMatchObject({
      ticket: { id: t.id, number: t.number },
      recipients: [w.agent.personId],
    });
    expect(mails.map((m) => m.rcptTo)).toEqual([[`${w.agent.name}@example.test`]]);
    expect(header(mails[0]!.raw, "Subject")).toContain(`#${t.number}`);
    const done = await ctx.deps.db.select().from(jobs).where(eq(jobs.kind, "notify.email"));
    expect(done[0]!.doneAt).not.toBeNull();
  });
});
