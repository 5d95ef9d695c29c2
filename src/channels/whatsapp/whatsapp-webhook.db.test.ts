import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildWorkspace } from "../../../test/support/factories.ts";
import { call, sessionFor, withApp } from "../../../test/support/http.ts";
import { startGraphFake, type GraphFake } from "../../../test/support/whatsapp-graph.ts";
import { fixture, postWebhook, runWhatsappJobs, WA, whatsappSettings } from "../../../test/support/whatsapp.ts";
import type { Config } from "../../config/config.ts";
import { people } from "../../identity/identity.tables.ts";
import { jobs } from "../../platform/jobs/jobs.tables.ts";
import { signWebhook } from "./signature.ts";
import { whatsappEvents } from "./whatsapp.tables.ts";

// Mutable: the Graph fake's address is known only once it listens (before any app is built).
const settings: Record<string, unknown> = whatsappSettings();
let graph: GraphFake;
beforeAll(async () => {
  graph = await startGraphFake(WA.accessToken);
  settings.WHATSAPP_GRAPH_URL = graph.url;
});
afterAll(() => graph.close());

describeEachEngine("whatsapp webhook", (ctx) => {
  const http = withApp(ctx, settings as Partial<Config>);
  const deps = () => ({ ...ctx.deps, config: { ...ctx.deps.config, ...settings } });
  const raw = fixture("inbound-text.raw");

  it("answers Meta's handshake with the raw challenge only for subscribe and the verify token", async () => {
    const ok = await http.app.inject({
      method: "GET",
      url: `/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=${WA.verifyToken}&hub.challenge=1158201444`,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers["content-type"]).toMatch(/^text\/plain/);
    expect(ok.body).toBe("1158201444");
    for (const query of [
      `hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1`,
      `hub.mode=unsubscribe&hub.verify_token=${WA.verifyToken}&hub.challenge=1`,
      `hub.challenge=1`,
    ]) {
      const refused = await http.app.inject({ method: "GET", url: `/webhooks/whatsapp?${query}` });
      expect(refused.statusCode).toBe(403);
    }
  });

  it("checks the signature over the raw bytes as received: Meta's own fixture passes", async () => {
    expect(signWebhook(WA.appSecret, raw)).toBe(
      "sha256=af69932579ba2afbf28601cde7ed3a9292e475424f897f2d1b0fdfcdf04a485c",
    );
    const res = await postWebhook(http.app, raw);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ stored: 1, replayed: 0, ignored: 0 });
    const [event] = await ctx.deps.db.select().from(whatsappEvents);
    expect(event).toMatchObject({ kind: "message", phoneNumberId: WA.phoneNumberId, processedAt: null });
    expect(await ctx.deps.db.select().from(jobs).where(eq(jobs.kind, "whatsapp.inbound"))).toHaveLength(1);
  });

  it("refuses forged, unsigned, truncated and re-serialised bodies with 401 and stores nothing", async () => {
    const forged = await postWebhook(http.app, raw, signWebhook("not-the-secret", raw));
    const unsigned = await postWebhook(http.app, raw, null);
    const truncated = await postWebhook(http.app, raw.subarray(0, raw.length - 10), signWebhook(WA.appSecret, raw));
    const reserialised = Buffer.from(JSON.stringify(JSON.parse(raw.toString()), null, 1));
    const changed = await postWebhook(http.app, reserialised, signWebhook(WA.appSecret, raw));
    const malformed = await postWebhook(http.app, raw, "sha256=zz");
    for (const res of [forged, unsigned, truncated, changed, malformed]) {
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe("WHATSAPP_SIGNATURE_INVALID");
    }
    expect(await ctx.deps.db.select().from(whatsappEvents)).toEqual([]);
    expect(await ctx.deps.db.select().from(jobs)).toEqual([]);
  });

  it("stores a replayed message once, however often Meta delivers it", async () => {
    const results = await Promise.all([1, 2, 3].map(() => postWebhook(http.app, raw)));
    expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    expect(results.reduce((n, r) => n + r.json().stored, 0)).toBe(1);
    expect(await ctx.deps.db.select().from(whatsappEvents)).toHaveLength(1);
    await runWhatsappJobs(deps());
    const again = await postWebhook(http.app, raw);
    expect(again.json()).toEqual({ stored: 0, replayed: 1, ignored: 0 });
    const strangers = await ctx.deps.db.select().from(people).where(eq(people.phone, "+16505551234"));
    expect(strangers).toHaveLength(1);
  });

  it("refuses an oversized body with 413 before reading it all", async () => {
    const big = Buffer.alloc(ctx.deps.config.WHATSAPP_MAX_BODY_BYTES + 1, 0x20);
    const res = await postWebhook(http.app, big);
    expect(res.statusCode).toBe(413);
    expect(await ctx.deps.db.select().from(whatsappEvents)).toEqual([]);
  });

  it("acknowledges unknown fields and group updates with 200, logged and never an error", async () => {
    const body = Buffer.from(
      JSON.stringify({
        object: "whatsapp_business_account",
        entry: [{ id: "1", changes: [{ field: "group_lifecycle_update", value: { group_id: "g1" } }, { field: "x" }] }],
      }),
    );
    const res = await postWebhook(http.app, body);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ stored: 0, replayed: 0, ignored: 2 });
  });

  it("drops events for a number the signing secret does not belong to", async () => {
    await buildWorkspace(ctx.deps);
    const admin = await buildWorkspace(ctx.deps);
    const session = await sessionFor(ctx.deps, admin.admin.personId);
    const added = await call(http.app, {
      method: "POST",
      url: "/api/v1/whatsapp/numbers",
      as: session,
      body: {
        phoneNumberId: "200000000000001",
        number: "+15550000001",
        accessToken: "t2",
        appSecret: "second-secret",
        verifyToken: "v2",
      },
    });
    expect(added.statusCode).toBe(201);
    // Signed by the second number's secret but naming the first number: not the first number's to take.
    const res = await postWebhook(http.app, raw, signWebhook("second-secret", raw));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ stored: 0, replayed: 0, ignored: 1 });
  });
});
