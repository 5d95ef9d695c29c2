import { expect, it } from "vitest";
import { describeEachEngine } from "../../test/support/db.ts";
import { buildWorkspace } from "../../test/support/factories.ts";
import { call, sessionFor, tokenFor, withApp } from "../../test/support/http.ts";
import { auditLog } from "../identity/identity.tables.ts";
import { CHANNELS } from "../shared/enums.ts";

describeEachEngine("channel routes", (ctx) => {
  const http = withApp(ctx);
  const body = {
    enabled: true,
    contact: "+92 21 111 000 111",
    instructions: "Call during support hours.",
    position: 0,
  };

  it("lists every channel with defaults until an admin sets them, ordered by position then channel", async () => {
    const w = await buildWorkspace(ctx.deps);
    const agent = await sessionFor(ctx.deps, w.agent.personId);
    const before = (await call(http.app, { method: "GET", url: "/api/v1/channels", as: agent })).json().items;
    expect(before.map((c: { channel: string }) => c.channel)).toEqual([...CHANNELS]);
    expect(before[0]).toEqual({
      channel: "phone",
      enabled: true,
      contact: "",
      instructions: "",
      instructionsUr: null,
      position: 0,
    });

    const admin = await sessionFor(ctx.deps, w.admin.personId);
    expect(
      (
        await call(http.app, {
          method: "PUT",
          url: "/api/v1/channels/api",
          body: { ...body, contact: "", position: 0 },
          as: admin,
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await call(http.app, {
          method: "PUT",
          url: "/api/v1/channels/phone",
          body: { ...body, position: 5 },
          as: admin,
        })
      ).statusCode,
    ).toBe(200);
    const after = (await call(http.app, { method: "GET", url: "/api/v1/channels", as: agent })).json().items;
    // api 0 comes first; phone (5) ties with remote (5 by default) and sorts before it by name.
    expect(after.map((c: { channel: string }) => c.channel)).toEqual([
      "api",
      "email",
      "chat",
      "whatsapp",
      "portal",
      "onsite",
      "phone",
      "remote",
    ]);
    expect(after.find((c: { channel: string }) => c.channel === "phone")).toEqual({
      channel: "phone",
      ...body,
      instructionsUr: null,
      position: 5,
    });
  });

  it("shows requesters only the enabled channels", async () => {
    const w = await buildWorkspace(ctx.deps);
    const admin = await sessionFor(ctx.deps, w.admin.personId);
    await call(http.app, {
      method: "PUT",
      url: "/api/v1/channels/api",
      body: { ...body, enabled: false, position: 7 },
      as: admin,
    });
    const requester = await sessionFor(ctx.deps, w.requester.personId);
    const items = (await call(http.app, { method: "GET", url: "/api/v1/channels", as: requester })).json().items;
    expect(items.map((c: { channel: string }) => c.channel)).toEqual(CHANNELS.filter((c) => c !== "api"));
    const staff = (await call(http.app, { method: "GET", url: "/api/v1/channels", as: admin })).json().items;
    expect(staff).toHaveLength(CHANNELS.length);
  });

  it("audits an admin's change field by field, and writes nothing when nothing changes", async () => {
    const w = await buildWorkspace(ctx.deps);
    const admin = await sessionFor(ctx.deps, w.admin.personId);
    const res = await call(http.app, {
      method: "PUT",
      url: "/api/v1/channels/whatsapp",
      body: { ...body, contact: "  +92 300 1234567  " },
      as: admin,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ channel: "whatsapp", ...body, instructionsUr: null, contact: "+92 300 1234567" });
    await call(http.app, {
      method: "PUT",
      url: "/api/v1/channels/whatsapp",
      body: { ...body, contact: "+92 300 1234567" },
      as: admin,
    });
    const rows = await ctx.deps.db.select().from(auditLog);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "channel.updated",
      entity: "channel",
      entityId: "whatsapp",
      actorId: w.admin.personId,
      changes: {
        contact: { from: "", to: "+92 300 1234567" },
        instructions: { from: "", to: body.instructions },
        position: { from: 3, to: 0 },
      },
    });
    const listed = await call(http.app, { method: "GET", url: "/api/v1/audit?entity=channel", as: admin });
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items[0]).toMatchObject({ entity: "channel", entityId: "whatsapp" });
  });

  it("keeps optional Urdu instructions, audited; left out or empty clears them", async () => {
    const w = await buildWorkspace(ctx.deps);
    const admin = await sessionFor(ctx.deps, w.admin.personId);
    const urdu = "سپورٹ کے اوقات میں کال کریں۔";
    const saved = await call(http.app, {
      method: "PUT",
      url: "/api/v1/channels/phone",
      body: { ...body, instructionsUr: ` ${urdu} ` },
      as: admin,
    });
    expect(saved.json()).toMatchObject({ instructions: body.instructions, instructionsUr: urdu });
    const cleared = await call(http.app, {
      method: "PUT",
      url: "/api/v1/channels/phone",
      body: { ...body, instructionsUr: "" },
      as: admin,
    });
    expect(cleared.json()).toMatchObject({ instructionsUr: null });
    const rows = await ctx.deps.db.select().from(auditLog);
    expect(rows.at(-1)).toMatchObject({
      action: "channel.updated",
      changes: { instructionsUr: { from: urdu, to: null } },
    });
  });

  it("answers an unknown channel with 404 naming params.channel", async () => {
    const w = await buildWorkspace(ctx.deps);
    const admin = await sessionFor(ctx.deps, w.admin.personId);
    const res = await call(http.app, { method: "PUT", url: "/api/v1/channels/pigeon", body, as: admin });
    expect(res.statusCode).toBe(404);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.json()).toMatchObject({ code: "CHANNEL_NOT_FOUND", errors: [{ field: "params.channel" }] });
  });

  it("names each bad field", async () => {
    const w = await buildWorkspace(ctx.deps);
    const admin = await sessionFor(ctx.deps, w.admin.personId);
    const bad = await call(http.app, {
      method: "PUT",
      url: "/api/v1/channels/phone",
      body: { enabled: "yes", contact: "x".repeat(201), instructions: "y".repeat(1001), position: -1, colour: "red" },
      as: admin,
    });
    expect(bad.statusCode).toBe(422);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(["body.colour", "body.contact", "body.enabled", "body.instructions", "body.position"]);
    const missing = await call(http.app, {
      method: "PUT",
      url: "/api/v1/channels/phone",
      body: { enabled: true },
      as: admin,
    });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().errors.map((e: { field: string }) => e.field)).toContain("body.contact");
  });

  it("lets only admins edit (403), and a token only with directory:write", async () => {
    const w = await buildWorkspace(ctx.deps);
    for (const who of [w.agent, w.requester]) {
      const res = await call(http.app, {
        method: "PUT",
        url: "/api/v1/channels/phone",
        body,
        as: await sessionFor(ctx.deps, who.personId),
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe("FORBIDDEN");
    }
    const readOnly = await tokenFor(ctx.deps, w.admin.personId, ["directory:read"]);
    const scoped = await call(http.app, { method: "PUT", url: "/api/v1/channels/phone", body, as: readOnly });
    expect(scoped.statusCode).toBe(403);
    expect(scoped.json().code).toBe("SCOPE_MISSING");
    expect((await call(http.app, { method: "GET", url: "/api/v1/channels", as: readOnly })).statusCode).toBe(200);
    expect((await http.app.inject({ method: "GET", url: "/api/v1/channels" })).statusCode).toBe(401);
  });
});
