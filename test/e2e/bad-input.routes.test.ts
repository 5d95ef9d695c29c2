import { randomUUID } from "node:crypto";
import fc from "fast-check";
import type { LightMyRequestResponse } from "fastify";
import { expect, it } from "vitest";
import { CHANNELS, IMPACTS, PRIORITIES, STATUSES, TICKET_TYPES, URGENCIES } from "../../src/shared/enums.ts";
import { ensureSlaDefaults } from "../../src/sla/policy/ensure-sla-defaults.ts";
import { describeEachEngine, type TestDeps } from "../support/db.ts";
import { buildCategory, buildTicket, buildWorkspace } from "../support/factories.ts";
import { call, multipartFile, sessionFor, tokenFor, upload, withApp, type Browser } from "../support/http.ts";
import {
  BROKEN_PATH_VALUES,
  BROKEN_QUERY_VALUES,
  brokenBodies,
  brokenPayloads,
  componentsOf,
  queryOperations,
  sample,
  writeOperations,
} from "../support/openapi-fuzz.ts";
import type { Samples, WriteOperation } from "../support/openapi-fuzz.ts";

const NEW_TICKET = { subject: "VPN drops every hour", description: "Since Monday.", impact: "person", urgency: "high" };
const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** Every error leaves as problem+json with its status, a stable code and, where there is one, the field at fault. */
function expectProblem(res: LightMyRequestResponse, status: number, code: string, field?: string) {
  const body = res.json();
  expect({ status: res.statusCode, code: body.code }, res.body).toEqual({ status, code });
  expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
  expect(body.status).toBe(status);
  if (field !== undefined) expect(body.errors?.[0]?.field, res.body).toBe(field);
}

/** A workspace with an agent token, a requester session and a ticket of the requester's (plus an outsider's one). */
async function setUp(deps: TestDeps) {
  const w = await buildWorkspace(deps);
  const staff = await tokenFor(deps, w.agent.personId, ["tickets:read", "tickets:write"]);
  const requester = await sessionFor(deps, w.requester.personId);
  const ticket = await buildTicket(deps, w.agent, { requesterId: w.requester.personId });
  const foreign = await buildTicket(deps, w.outsider);
  return { w, staff, requester, ticket, foreign, url: `/api/v1/tickets/${ticket.id}` };
}

const raw = (
  app: Parameters<typeof call>[0],
  method: "POST" | "PATCH",
  url: string,
  as: Browser | string,
  payload: string | Buffer,
  type?: string,
) => call(app, { method, url, as, body: payload, headers: type ? { "content-type": type } : {} });

describeEachEngine("bad input", (ctx) => {
  const http = withApp(ctx);

  it("answers malformed JSON with 400 MALFORMED_JSON", async () => {
    const s = await setUp(ctx.deps);
    for (const [method, url] of [
      ["POST", "/api/v1/tickets"],
      ["PATCH", s.url],
      ["POST", `${s.url}/replies`],
    ] as const) {
      expectProblem(
        await raw(http.app, method, url, s.staff, '{"subject": "half', "application/json"),
        400,
        "MALFORMED_JSON",
        "body",
      );
      expectProblem(await raw(http.app, method, url, s.staff, "", "application/json"), 400, "MALFORMED_JSON", "body");
    }
  });

  it("answers a body that is not JSON with 415 naming the content type", async () => {
    const s = await setUp(ctx.deps);
    const form = multipartFile({ filename: "a.txt", bytes: "hi" });
    for (const [payload, type] of [
      ["subject=VPN", "application/x-www-form-urlencoded"],
      ["VPN drops", "text/plain"],
      ["<ticket/>", "application/xml"],
      [form.body, form.contentType],
      ["{}", undefined],
    ] as const) {
      expectProblem(
        await raw(http.app, "POST", "/api/v1/tickets", s.staff, payload, type),
        415,
        "UNSUPPORTED_MEDIA_TYPE",
        "header.content-type",
      );
    }
    const jsonWithCharset = await raw(
      http.app,
      "POST",
      "/api/v1/tickets",
      s.staff,
      JSON.stringify(NEW_TICKET),
      "application/json; charset=utf-8",
    );
    expect(jsonWithCharset.statusCode).toBe(201);
  });

  it("names each unknown field", async () => {
    const s = await setUp(ctx.deps);
    expectProblem(
      await call(http.app, {
        method: "POST",
        url: "/api/v1/tickets",
        body: { ...NEW_TICKET, colour: "red" },
        as: s.staff,
      }),
      422,
      "VALIDATION_FAILED",
      "body.colour",
    );
    expectProblem(
      await call(http.app, { method: "PATCH", url: s.url, body: { version: 1, priorityOverride: "x" }, as: s.staff }),
      422,
      "VALIDATION_FAILED",
      "body.priorityOverride",
    );
    expectProblem(
      await call(http.app, {
        method: "POST",
        url: `${s.url}/replies`,
        body: { body: "hi", html: "<b>hi</b>" },
        as: s.staff,
      }),
      422,
      "VALIDATION_FAILED",
      "body.html",
    );
    expectProblem(
      await call(http.app, { method: "GET", url: "/api/v1/tickets?colour=red", as: s.staff }),
      422,
      "VALIDATION_FAILED",
      "query.colour",
    );
  });

  it("names the field of the wrong type, the bad enum value, the blank or over-long string", async () => {
    const s = await setUp(ctx.deps);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ subject: 42 }, "body.subject"],
      [{ subject: "   " }, "body.subject"],
      [{ subject: "x".repeat(201) }, "body.subject"],
      [{ description: "x".repeat(50_001) }, "body.description"],
      [{ impact: "galaxy" }, "body.impact"],
      [{ urgency: null }, "body.urgency"],
      [{ type: "complaint" }, "body.type"],
      [{ channel: "pigeon" }, "body.channel"],
      [{ priority: "urgent" }, "body.priority"],
      [{ tags: "vpn" }, "body.tags"],
      [{ tags: ["ok", "x".repeat(51)] }, "body.tags.1"],
      [{ priorityReason: "x".repeat(501), priority: "critical" }, "body.priorityReason"],
      [{ categoryId: "networking" }, "body.categoryId"],
    ];
    for (const [patch, field] of cases) {
      expectProblem(
        await call(http.app, {
          method: "POST",
          url: "/api/v1/tickets",
          body: { ...NEW_TICKET, ...patch },
          as: s.staff,
        }),
        422,
        "VALIDATION_FAILED",
        field,
      );
    }
    for (const [body, field] of [
      [{ version: "1", status: "open" }, "body.version"],
      [{ version: 0, status: "open" }, "body.version"],
      [{ version: 1, status: "bogus" }, "body.status"],
      [{ version: 1, assigneeId: 7 }, "body.assigneeId"],
      [{ version: 1, reason: "" }, "body.reason"],
    ] as const) {
      expectProblem(
        await call(http.app, { method: "PATCH", url: s.url, body, as: s.staff }),
        422,
        "VALIDATION_FAILED",
        field,
      );
    }
    for (const [body, field] of [
      [{ body: "" }, "body.body"],
      [{ body: "hi", attachmentIds: ["nope"] }, "body.attachmentIds.0"],
      [{ body: "hi", version: 1.5 }, "body.version"],
    ] as const) {
      expectProblem(
        await call(http.app, { method: "POST", url: `${s.url}/replies`, body, as: s.staff }),
        422,
        "VALIDATION_FAILED",
        field,
      );
    }
  });

  it("refuses text PostgreSQL cannot store (NUL, unpaired surrogates) as 422, never a 500", async () => {
    const s = await setUp(ctx.deps);
    for (const bad of ["a\u0000b", "a\ud800b", "\udc00"]) {
      const json = (body: unknown) => JSON.stringify(body);
      expectProblem(
        await raw(
          http.app,
          "POST",
          "/api/v1/tickets",
          s.staff,
          json({ ...NEW_TICKET, subject: bad }),
          "application/json",
        ),
        422,
        "VALIDATION_FAILED",
        "body.subject",
      );
      expectProblem(
        await raw(
          http.app,
          "POST",
          "/api/v1/tickets",
          s.staff,
          json({ ...NEW_TICKET, description: bad }),
          "application/json",
        ),
        422,
        "VALIDATION_FAILED",
        "body.description",
      );
      expectProblem(
        await raw(http.app, "PATCH", s.url, s.staff, json({ version: 1, tags: [bad] }), "application/json"),
        422,
        "VALIDATION_FAILED",
        "body.tags.0",
      );
      expectProblem(
        await raw(http.app, "POST", `${s.url}/replies`, s.requester, json({ body: bad }), "application/json"),
        422,
        "VALIDATION_FAILED",
        "body.body",
      );
    }
    expectProblem(
      await call(http.app, { method: "GET", url: "/api/v1/tickets?q=%00", as: s.staff }),
      422,
      "VALIDATION_FAILED",
      "query.q",
    );
    expectProblem(
      await call(http.app, { method: "GET", url: "/api/v1/tickets?tag=a%00", as: s.staff }),
      422,
      "VALIDATION_FAILED",
      "query.tag",
    );
    const login = await http.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: "a\u0000@example.test", password: "whatever" },
    });
    expectProblem(login, 422, "VALIDATION_FAILED", "body.email");
  });

  it("answers unknown ids in the body with 422 naming the field", async () => {
    const s = await setUp(ctx.deps);
    const create: Array<[string, string, string]> = [
      ["categoryId", "CATEGORY_NOT_FOUND", "body.categoryId"],
      ["groupId", "GROUP_NOT_FOUND", "body.groupId"],
      ["assigneeId", "ASSIGNEE_NOT_FOUND", "body.assigneeId"],
      ["parentId", "PARENT_NOT_FOUND", "body.parentId"],
      ["requesterId", "REQUESTER_NOT_FOUND", "body.requesterId"],
    ];
    for (const [key, code, field] of create) {
      const body = { ...NEW_TICKET, requesterId: s.w.requester.personId, [key]: randomUUID() };
      expectProblem(
        await call(http.app, { method: "POST", url: "/api/v1/tickets", body, as: s.staff }),
        422,
        code,
        field,
      );
    }
    for (const [key, code, field] of create.slice(0, 4)) {
      expectProblem(
        await call(http.app, { method: "PATCH", url: s.url, body: { version: 1, [key]: randomUUID() }, as: s.staff }),
        422,
        code,
        field,
      );
    }
    expect((await call(http.app, { method: "GET", url: s.url, as: s.staff })).json().version).toBe(1);
  });

  it("answers another organization's ids exactly as unknown ones, leaking nothing", async () => {
    const s = await setUp(ctx.deps);
    const same = (a: LightMyRequestResponse, b: LightMyRequestResponse) => {
      const strip = (r: LightMyRequestResponse) => ({
        status: r.statusCode,
        type: r.headers["content-type"],
        body: { ...r.json(), instance: undefined },
      });
      expect(strip(a)).toEqual(strip(b));
    };
    const random = `/api/v1/tickets/${randomUUID()}`;
    const foreign = `/api/v1/tickets/${s.foreign.id}`;
    for (const [method, path, body] of [
      ["GET", "", undefined],
      ["GET", "/events", undefined],
      ["GET", "/attachments", undefined],
      ["GET", `/attachments/${randomUUID()}`, undefined],
      ["PATCH", "", { version: 1, subject: "mine now" }],
      ["POST", "/replies", { body: "hello?" }],
      ["POST", "/notes", { body: "hello?" }],
    ] as const) {
      const a = await call(http.app, { method, url: foreign + path, body, as: s.requester });
      expectProblem(a, 404, "TICKET_NOT_FOUND", "params.id");
      same(a, await call(http.app, { method, url: random + path, body, as: s.requester }));
    }
    const up = (url: string) =>
      upload(http.app, { url: `${url}/attachments`, as: s.requester, filename: "a.txt", bytes: "hi" });
    same(await up(foreign), await up(random));
    const parent = (id: string) =>
      call(http.app, {
        method: "POST",
        url: "/api/v1/tickets",
        body: { ...NEW_TICKET, parentId: id },
        as: s.requester,
      });
    expectProblem(await parent(s.foreign.id), 422, "PARENT_NOT_FOUND", "body.parentId");
    same(await parent(s.foreign.id), await parent(randomUUID()));
    const forOutsider = (id: string) =>
      call(http.app, {
        method: "POST",
        url: "/api/v1/tickets",
        body: { ...NEW_TICKET, requesterId: id },
        as: s.requester,
      });
    same(await forOutsider(s.w.outsider.personId), await forOutsider(randomUUID()));
  });

  it("answers malformed ids in URLs without a 500", async () => {
    const s = await setUp(ctx.deps);
    for (const ref of [
      "not-a-ticket",
      "10001abc",
      "0",
      "%2310001x",
      "00000000-0000-0000-0000-00000000000g",
      "9999999999",
    ]) {
      expectProblem(
        await call(http.app, { method: "GET", url: `/api/v1/tickets/${ref}`, as: s.staff }),
        404,
        "TICKET_NOT_FOUND",
        "params.id",
      );
    }
    expect(
      (await call(http.app, { method: "GET", url: `/api/v1/tickets/%23${s.ticket.number}`, as: s.staff })).statusCode,
    ).toBe(200);
    expectProblem(
      await call(http.app, { method: "GET", url: `/api/v1/tickets/${"a".repeat(41)}`, as: s.staff }),
      422,
      "VALIDATION_FAILED",
      "params.id",
    );
    expectProblem(
      await call(http.app, { method: "GET", url: `${s.url}/attachments/xyz`, as: s.staff }),
      422,
      "VALIDATION_FAILED",
      "params.attachmentId",
    );
    expectProblem(
      await call(http.app, { method: "GET", url: `${s.url}/attachments/${randomUUID()}`, as: s.staff }),
      404,
      "ATTACHMENT_NOT_FOUND",
      "params.attachmentId",
    );
  });

  it("refuses a stale version with 409 and the current state", async () => {
    const s = await setUp(ctx.deps);
    expect(
      (await call(http.app, { method: "PATCH", url: s.url, body: { version: 1, status: "open" }, as: s.staff }))
        .statusCode,
    ).toBe(200);
    const patch = await call(http.app, {
      method: "PATCH",
      url: s.url,
      body: { version: 1, status: "pending" },
      as: s.staff,
    });
    expectProblem(patch, 409, "VERSION_CONFLICT", "body.version");
    expect(patch.json()).toMatchObject({ currentVersion: 2, current: { id: s.ticket.id, status: "open", version: 2 } });
    const reply = await call(http.app, {
      method: "POST",
      url: `${s.url}/replies`,
      body: { body: "done?", version: 1 },
      as: s.requester,
    });
    expectProblem(reply, 409, "VERSION_CONFLICT", "body.version");
    expect(reply.json()).toMatchObject({ currentVersion: 2, current: { id: s.ticket.id, status: "open", version: 2 } });
  });

  it("refuses a reply, a note or a change on a closed ticket", async () => {
    const s = await setUp(ctx.deps);
    for (const [version, status] of [
      [1, "resolved"],
      [2, "closed"],
    ] as const) {
      expect(
        (await call(http.app, { method: "PATCH", url: s.url, body: { version, status }, as: s.staff })).statusCode,
      ).toBe(200);
    }
    expectProblem(
      await call(http.app, {
        method: "POST",
        url: `${s.url}/replies`,
        body: { body: "still broken" },
        as: s.requester,
      }),
      422,
      "TICKET_CLOSED",
      "params.id",
    );
    expectProblem(
      await call(http.app, { method: "POST", url: `${s.url}/notes`, body: { body: "fyi" }, as: s.staff }),
      422,
      "TICKET_CLOSED",
      "params.id",
    );
    expectProblem(
      await call(http.app, { method: "PATCH", url: s.url, body: { version: 3, status: "open" }, as: s.staff }),
      422,
      "TICKET_CLOSED",
      "body",
    );
    expect((await call(http.app, { method: "GET", url: s.url, as: s.staff })).json().version).toBe(3);
  });

  it("refuses a cursor it did not issue with 422, and follows the ones it did", async () => {
    const s = await setUp(ctx.deps);
    const id = s.ticket.id;
    const bad: Array<[string, string]> = [
      ["created", "not-base64-json"],
      ["created", cursorOf({ a: 1 })],
      ["created", cursorOf(["2026-03-02T09:00:00.000Z", "-".repeat(36)])],
      ["created", cursorOf(["yesterday", id])],
      ["created", cursorOf(["2026-02-30T09:00:00.000Z", id])],
      ["created", cursorOf([5, id])],
      ["updated", cursorOf([null, id])],
      ["number", cursorOf(["abc", id])],
      ["number", cursorOf([1e20, id])],
      ["number", cursorOf([1.5, id])],
      ["priority", cursorOf(["2026-03-02T09:00:00.000Z", id])],
    ];
    for (const [sort, cursor] of bad) {
      expectProblem(
        await call(http.app, { method: "GET", url: `/api/v1/tickets?sort=${sort}&cursor=${cursor}`, as: s.staff }),
        422,
        "INVALID_CURSOR",
        "query.cursor",
      );
    }
    for (let i = 0; i < 3; i++) {
      ctx.deps.clock.advance(60_000);
      await buildTicket(ctx.deps, s.w.agent, { requesterId: s.w.requester.personId, impact: IMPACTS[i]! });
    }
    for (const sort of ["created", "updated", "priority", "number"]) {
      for (const order of ["asc", "desc"]) {
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const res: LightMyRequestResponse = await call(http.app, {
            method: "GET",
            url: `/api/v1/tickets?limit=1&sort=${sort}&order=${order}${cursor ? `&cursor=${cursor}` : ""}`,
            as: s.staff,
          });
          expect(res.statusCode, res.body).toBe(200);
          seen.push(...res.json().items.map((t: { id: string }) => t.id));
          cursor = res.json().nextCursor;
        } while (cursor && seen.length < 10);
        expect(new Set(seen).size, `${sort} ${order}`).toBe(5);
      }
    }
  });

  it("names the bad query parameter", async () => {
    const s = await setUp(ctx.deps);
    for (const [query, field] of [
      ["limit=0", "query.limit"],
      ["limit=abc", "query.limit"],
      ["limit=201", "query.limit"],
      ["status=bogus", "query.status"],
      ["status=open,bogus", "query.status"],
      ["priority=urgent", "query.priority"],
      ["sort=colour", "query.sort"],
      ["order=sideways", "query.order"],
      ["groupId=support", "query.groupId"],
      ["assignee=someone", "query.assignee"],
      [`q=${"x".repeat(201)}`, "query.q"],
    ]) {
      expectProblem(
        await call(http.app, { method: "GET", url: `/api/v1/tickets?${query}`, as: s.staff }),
        422,
        "VALIDATION_FAILED",
        field,
      );
    }
  });

  it("refuses executables whatever they claim to be", async () => {
    const s = await setUp(ctx.deps);
    const pe = Buffer.alloc(512);
    pe.write("MZ", 0);
    pe.writeUInt32LE(0x80, 0x3c);
    pe.write("PE\0\0", 0x80, "binary");
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(200)]);
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200)]);
    for (const [filename, bytes] of [
      ["invoice.pdf", pe],
      ["setup.exe", pe],
      ["notes.txt", elf],
      ["tool.jar", zip],
      ["fix.bat", Buffer.from("@echo off\r\ndel *.*\r\n")],
      ["fix.ps1", Buffer.from("Remove-Item -Recurse C:\\")],
    ] as const) {
      const res = await upload(http.app, {
        url: `${s.url}/attachments`,
        as: s.requester,
        filename,
        bytes,
        contentType: "text/plain",
      });
      expectProblem(res, 422, "ATTACHMENT_TYPE_REFUSED", "body.file");
    }
    const fine = await upload(http.app, {
      url: `${s.url}/attachments`,
      as: s.requester,
      filename: "logs.zip",
      bytes: zip,
    });
    expect(fine.statusCode).toBe(201);
    expect(
      (await call(http.app, { method: "GET", url: `${s.url}/attachments`, as: s.staff })).json().items,
    ).toHaveLength(1);
  });

  it("answers an upload without a readable file with 422 naming it", async () => {
    const s = await setUp(ctx.deps);
    const to = `${s.url}/attachments`;
    expectProblem(
      await call(http.app, { method: "POST", url: to, body: { file: "aGk=" }, as: s.staff }),
      422,
      "ATTACHMENT_FILE_MISSING",
      "body.file",
    );
    const onlyField = '--b\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello\r\n--b--\r\n';
    expectProblem(
      await raw(http.app, "POST", to, s.staff, onlyField, "multipart/form-data; boundary=b"),
      422,
      "ATTACHMENT_FILE_MISSING",
      "body.file",
    );
    expectProblem(
      await raw(http.app, "POST", to, s.staff, "xx", "multipart/form-data"),
      422,
      "MALFORMED_UPLOAD",
      "body",
    );
    const truncated = '--b\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nhello';
    expectProblem(
      await raw(http.app, "POST", to, s.staff, truncated, "multipart/form-data; boundary=b"),
      422,
      "MALFORMED_UPLOAD",
      "body",
    );
  });

  it("never answers a random JSON body with a 5xx (fuzz)", async () => {
    const s = await setUp(ctx.deps);
    const category = await buildCategory(ctx.deps);
    const mine = [s.ticket.id];
    for (let i = 0; i < 3; i++)
      mine.push((await buildTicket(ctx.deps, s.w.agent, { requesterId: s.w.requester.personId })).id);
    const ids = [
      ...mine,
      s.foreign.id,
      s.w.requester.personId,
      s.w.agent.personId,
      s.w.outsider.personId,
      s.w.group.id,
      category.id,
      randomUUID(),
    ];
    const wildText = fc.oneof(
      fc.string({ unit: "binary", maxLength: 40 }),
      fc.constantFrom("", " ", "\u0000", "\ud800", "x".repeat(201)),
    );
    const wild = fc.oneof(fc.jsonValue({ maxDepth: 2 }), wildText, fc.constantFrom(...ids), fc.integer());
    // Mostly valid values, so bodies get past validation into the use cases; now and then anything at all.
    const usually = <T>(valid: fc.Arbitrary<T>) =>
      fc.oneof({ weight: 15, arbitrary: valid }, { weight: 1, arbitrary: wild });
    const text = (max: number) => fc.string({ minLength: 1, maxLength: max });
    const fields = {
      subject: usually(text(60)),
      description: usually(fc.string({ maxLength: 60 })),
      type: usually(fc.constantFrom(...TICKET_TYPES)),
      categoryId: usually(fc.constantFrom(category.id, null)),
      impact: usually(fc.constantFrom(...IMPACTS)),
      urgency: usually(fc.constantFrom(...URGENCIES)),
      priority: usually(fc.constantFrom(...PRIORITIES)),
      priorityReason: usually(text(30)),
      requesterId: usually(fc.constant(s.w.requester.personId)),
      channel: usually(fc.constantFrom(...CHANNELS)),
      groupId: usually(fc.constantFrom(s.w.group.id, null)),
      assigneeId: usually(fc.constantFrom(s.w.agent.personId, null)),
      tags: usually(fc.array(text(10), { maxLength: 4 })),
      parentId: usually(fc.constantFrom(s.ticket.id, null)),
    };
    const { requesterId: _r, channel: _c, ...changeable } = fields;
    const create = fc.record(fields, { requiredKeys: ["subject", "description", "impact", "urgency"] });
    const change = fc.record(
      {
        ...changeable,
        status: usually(fc.constantFrom(...STATUSES)),
        reason: usually(text(30)),
        version: usually(fc.constant("current")),
      },
      { requiredKeys: ["version"] },
    );
    const request = fc.oneof(
      fc.record({
        url: fc.constant("/api/v1/tickets"),
        method: fc.constant("POST" as const),
        body: fc.oneof({ weight: 6, arbitrary: create }, fc.jsonValue()),
      }),
      fc.record({
        url: fc.constantFrom(...mine, s.foreign.id).map((t) => `/api/v1/tickets/${t}`),
        method: fc.constant("PATCH" as const),
        body: fc.oneof({ weight: 6, arbitrary: change }, fc.jsonValue()),
      }),
    );
    const statuses = new Set<number>();
    await fc.assert(
      fc.asyncProperty(
        request,
        fc.constantFrom<Browser | string>(s.staff, s.requester),
        async ({ url, method, body }, as) => {
          if (body && typeof body === "object" && "version" in body && body.version === "current") {
            const current = await call(http.app, { method: "GET", url, as: s.staff });
            body = { ...body, version: current.statusCode === 200 ? current.json().version : 1 };
          }
          const res = await raw(http.app, method, url, as, JSON.stringify(body), "application/json");
          statuses.add(res.statusCode);
          expect(res.statusCode, `${method} ${url} ${JSON.stringify(body)} → ${res.body}`).toBeLessThan(500);
          if (res.statusCode >= 400) {
            expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
            expect(typeof res.json().code).toBe("string");
          }
        },
      ),
      { numRuns: 100 },
    );
    // The bodies reached the use cases, not only the validator.
    expect([...statuses].some((status) => status < 300)).toBe(true);
  });

  it("never answers a random list query or cursor with a 5xx (fuzz)", async () => {
    const s = await setUp(ctx.deps);
    const param = fc.tuple(
      fc.constantFrom(
        "status",
        "priority",
        "channel",
        "groupId",
        "assignee",
        "organizationId",
        "requesterId",
        "tag",
        "q",
        "sort",
        "order",
        "limit",
        "cursor",
      ),
      fc.oneof(
        fc.string(),
        fc.string({ unit: "binary", maxLength: 20 }),
        fc.jsonValue().map(cursorOf),
        fc.constantFrom(s.ticket.id, "me", "none", "open,new", "-1", "1e3"),
      ),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(param, { maxLength: 3 }), async (params) => {
        const query = new URLSearchParams(params).toString();
        const res = await call(http.app, { method: "GET", url: `/api/v1/tickets?${query}`, as: s.staff });
        expect(res.statusCode, `${query} → ${res.body}`).toBeLessThan(500);
      }),
      { numRuns: 100 },
    );
  });
});

describeEachEngine("bad input under small limits", (ctx) => {
  const http = withApp(ctx, { BODY_LIMIT_BYTES: 2048, ATTACHMENT_MAX_BYTES: 4096 });

  it("answers a JSON body over BODY_LIMIT_BYTES with 413", async () => {
    const s = await setUp(ctx.deps);
    const res = await call(http.app, {
      method: "POST",
      url: "/api/v1/tickets",
      body: { ...NEW_TICKET, description: "x".repeat(3000) },
      as: s.staff,
    });
    expectProblem(res, 413, "BODY_TOO_LARGE", "body");
    expect(
      (await call(http.app, { method: "POST", url: "/api/v1/tickets", body: NEW_TICKET, as: s.staff })).statusCode,
    ).toBe(201);
  });

  it("answers an attachment over ATTACHMENT_MAX_BYTES with 413, and takes one at the limit", async () => {
    const s = await setUp(ctx.deps);
    const to = `${s.url}/attachments`;
    expectProblem(
      await upload(http.app, { url: to, as: s.requester, filename: "big.log", bytes: Buffer.alloc(4097, 97) }),
      413,
      "ATTACHMENT_TOO_LARGE",
      "body.file",
    );
    // Attachments are not JSON bodies: one larger than BODY_LIMIT_BYTES but within its own limit is fine.
    const atLimit = await upload(http.app, {
      url: to,
      as: s.requester,
      filename: "ok.log",
      bytes: Buffer.alloc(4096, 97),
    });
    expect(atLimit.statusCode).toBe(201);
    expect(atLimit.json()).toMatchObject({ size: 4096, filename: "ok.log" });
  });
});

describeEachEngine("bad input to every write operation of the OpenAPI document", (ctx) => {
  const LIMIT = 65_536;
  const http = withApp(ctx, { BODY_LIMIT_BYTES: LIMIT, RATE_LIMIT_PER_MINUTE: 1_000_000 });

  /** An id that exists for the collection a path names (the requester's ticket, the requester themselves…), else a fresh one. */
  async function existingIds(
    s: Awaited<ReturnType<typeof setUp>>,
    admin: Browser,
    paths: string[],
  ): Promise<Map<string, string>> {
    const known: Record<string, string> = {
      tickets: s.ticket.id,
      people: s.w.requester.personId,
      groups: s.w.group.id,
      "sla/group-targets": s.w.group.id,
      channels: "phone",
    };
    const ids = new Map<string, string>();
    for (const path of paths) {
      const collection = /^\/api\/v1\/(.+?)\/\{/.exec(path)?.[1];
      if (!collection || ids.has(collection)) continue;
      const listed =
        known[collection] ??
        (await call(http.app, { method: "GET", url: `/api/v1/${collection}`, as: admin }))
          .json()
          ?.items?.find((i: { id?: string }) => i.id)?.id;
      ids.set(collection, listed ?? randomUUID());
    }
    return ids;
  }

  // Each operation gets a plausible body from its schema, then that body with one field broken at a time (as an
  // admin, who passes every permission check, and as a requester), then broken payloads and path parameters.
  it("answers malformed, oversized, NUL-laden, out-of-range and wrongly typed input without a 5xx, as problem+json", async () => {
    const s = await setUp(ctx.deps);
    await ensureSlaDefaults(ctx.deps);
    const admin = await sessionFor(ctx.deps, s.w.admin.personId);
    const doc = (await http.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    // Deletions and signing out last, so the resources and the session the others use still exist.
    const last = (op: WriteOperation) => (op.path.endsWith("/logout") ? 2 : op.method === "DELETE" ? 1 : 0);
    const operations = writeOperations(doc).sort((a, b) => last(a) - last(b));
    // Every body the document names exists in it (the input variants "…Input" included), so clients can use it.
    const refs = [...JSON.stringify(doc).matchAll(/#\/components\/schemas\/(\w+)/g)].map((m) => m[1]!);
    expect(refs.filter((ref) => !(ref in componentsOf(doc)))).toEqual([]);
    expect(operations.length).toBeGreaterThan(40);
    const ids = await existingIds(
      s,
      admin,
      operations.map((op) => op.path),
    );
    const samples: Samples = {
      ids: {
        ...{
          organizationId: s.w.client.id,
          requesterId: s.w.requester.personId,
          callerId: s.w.requester.personId,
          personId: s.w.agent.personId,
          leadId: s.w.agent.personId,
        },
        ...{
          assigneeId: s.w.agent.personId,
          managerId: s.w.admin.personId,
          notify: s.w.agent.personId,
          groupId: s.w.group.id,
          toGroupId: s.w.group.id,
          ticketId: s.ticket.id,
        },
        parentId: (await buildTicket(ctx.deps, s.w.agent, { requesterId: s.w.requester.personId })).id,
        ...{
          categoryId: (await buildCategory(ctx.deps)).id,
          calendarId: (await call(http.app, { method: "GET", url: "/api/v1/sla/calendars", as: admin })).json().items[0]
            .id,
        },
      },
      values: {
        definition: {
          timezone: "Asia/Karachi",
          weekly: { mon: [["09:00", "18:00"]] },
          holidays: [{ date: "2026-08-14", name: "Independence Day" }],
        },
        ...{
          email: "fuzz@example.test",
          domain: "example.com",
          callerNumber: "+92 300 1234567",
          phone: "+92 300 1234567",
          locale: "en",
          password: "a long enough password",
        },
        ...{
          preferredDate: "2026-12-10",
          windowStart: "10:00",
          windowEnd: "11:00",
          website: "",
          filters: { status: "open" },
        },
      },
      now: ctx.deps.clock.now().toISOString(),
      components: componentsOf(doc),
    };
    const failures: string[] = [];
    let sent = 0;
    const send = async (
      op: WriteOperation,
      url: string,
      as: Browser,
      what: string,
      payload: string | undefined,
      contentType = "application/json",
    ) => {
      const res = await call(http.app, {
        method: op.method,
        url,
        as,
        body: payload,
        headers: payload === undefined ? {} : { "content-type": contentType },
      });
      sent += 1;
      const problem = /^application\/problem\+json/.test(String(res.headers["content-type"]));
      if (res.statusCode >= 500 || (res.statusCode >= 400 && !problem))
        failures.push(
          `${op.method} ${url.slice(0, 80)} (${as === admin ? "admin" : "requester"}) ${what} → ${res.statusCode} ${res.body.slice(0, 160)}`,
        );
    };
    for (const op of operations) {
      const url = op.path.replace(/\{[^}]+\}/g, () => ids.get(/^\/api\/v1\/(.+?)\/\{/.exec(op.path)![1]!)!);
      const body = sample(op.body, "body", samples);
      for (const value of BROKEN_PATH_VALUES) {
        if (op.params.length > 0)
          await send(
            op,
            op.path.replace(/\{[^}]+\}/g, value),
            admin,
            `path = ${value.slice(0, 20)}`,
            op.json ? JSON.stringify(body) : undefined,
          );
      }
      if (op.json) await send(op, url, admin, "the plausible body", JSON.stringify(body));
      for (const p of brokenPayloads(body, LIMIT)) await send(op, url, admin, p.what, p.payload, p.contentType);
      if (!op.json) continue;
      for (const b of brokenBodies(body, { wrongTypes: true, longText: "x".repeat(20_000) }))
        await send(op, url, admin, b.what, JSON.stringify(b.body));
      for (const b of brokenBodies(body, { wrongTypes: false, longText: "\u0000".repeat(10) }))
        await send(op, url, s.requester, b.what, JSON.stringify(b.body));
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(2000);
  }, 600_000);

  it("answers bad query parameters of every list without a 5xx, as problem+json", async () => {
    const s = await setUp(ctx.deps);
    const admin = await sessionFor(ctx.deps, s.w.admin.personId);
    const lists = queryOperations((await http.app.inject({ method: "GET", url: "/api/openapi.json" })).json());
    expect(lists.length).toBeGreaterThan(5);
    const failures: string[] = [];
    for (const { path, query } of lists) {
      for (const name of query) {
        for (const value of BROKEN_QUERY_VALUES) {
          for (const as of [admin, s.requester]) {
            const res = await call(http.app, { method: "GET", url: `${path}?${name}=${value}`, as });
            const problem = /^application\/problem\+json/.test(String(res.headers["content-type"]));
            if (res.statusCode >= 500 || (res.statusCode >= 400 && !problem))
              failures.push(`GET ${path}?${name}=${value.slice(0, 30)} → ${res.statusCode} ${res.body.slice(0, 160)}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
