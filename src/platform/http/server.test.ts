import type { OpenAPIV3_1 } from "openapi-types";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { PROBLEM_SCHEMA } from "./problem.ts";
import { createHttpServer, type HttpServer } from "./server.ts";

// With response checks on (the whole test suite), every response goes through zod AND the compiled serializer
// production uses; a route whose compiled serializer renders a body differently fails where it is tested.
describe("response checks compare the production serializer with the schema", () => {
  let app: HttpServer | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  async function serve(checkResponses: boolean) {
    app = await createHttpServer({
      checkResponses,
      logger: pino({ level: "silent" }),
      bodyLimit: 1024,
      attachmentMaxBytes: 1024,
      version: "test",
    });
    // A transform is invisible to JSON Schema: the compiled serializer writes the raw value, zod the transformed one.
    app.get(
      "/diverges",
      { schema: { response: { 200: z.object({ length: z.string().transform((s) => s.length) }) } } },
      async () => ({ length: "three" }) as never,
    );
    app.get(
      "/agrees",
      {
        schema: { response: { 200: z.object({ id: z.string(), at: z.iso.datetime(), extra: z.number().optional() }) } },
      },
      async () => ({
        id: "a",
        at: "2026-03-02T09:00:00.000Z",
        dropped: "not in the schema",
      }),
    );
    await app.ready();
    return app;
  }

  it("fails a response the compiled serializer renders differently from the schema", async () => {
    const checked = await serve(true);
    const res = await checked.inject({ method: "GET", url: "/diverges" });
    expect(res.statusCode).toBe(500);
  });

  it("passes a response both render alike, with the same body production sends", async () => {
    const checked = await serve(true);
    const body = (await checked.inject({ method: "GET", url: "/agrees" })).json();
    expect(body).toEqual({ id: "a", at: "2026-03-02T09:00:00.000Z" });
    await checked.close();
    const production = await serve(false);
    expect((await production.inject({ method: "GET", url: "/agrees" })).json()).toEqual(body);
    // Production does not check: the divergent route answers with what the compiled serializer wrote.
    expect((await production.inject({ method: "GET", url: "/diverges" })).json()).toEqual({ length: "three" });
  });
});

describe("the OpenAPI document names the error answer", () => {
  it("as the Problem schema, which a real validation error answer fits: its required keys, no others", async () => {
    const app = await createHttpServer({
      checkResponses: true,
      logger: pino({ level: "silent" }),
      bodyLimit: 1024,
      attachmentMaxBytes: 1024,
      version: "test",
    });
    app.post("/echo", { schema: { body: z.strictObject({ email: z.email() }) } }, async () => ({}));
    await app.ready();
    try {
      const schema = (app.swagger() as OpenAPIV3_1.Document).components?.schemas?.Problem;
      expect(schema).toEqual(PROBLEM_SCHEMA);
      const answer = await app.inject({ method: "POST", url: "/echo", payload: { email: "nope" } });
      expect(answer.statusCode).toBe(422);
      expect(answer.headers["content-type"]).toMatch(/^application\/problem\+json/);
      const body = answer.json<Record<string, unknown>>();
      for (const key of PROBLEM_SCHEMA.required) expect(body).toHaveProperty(key);
      expect(Object.keys(body).every((key) => key in PROBLEM_SCHEMA.properties)).toBe(true);
      expect(body.errors).toEqual([{ field: "body.email", message: expect.any(String) }]);
    } finally {
      await app.close();
    }
  });
});

describe("a saturated database", () => {
  it("answers 503 DATABASE_BUSY with Retry-After when no pooled connection freed up in time, not a 500", async () => {
    const app = await createHttpServer({
      checkResponses: true,
      logger: pino({ level: "silent" }),
      bodyLimit: 1024,
      attachmentMaxBytes: 1024,
      version: "test",
    });
    // What node-postgres' pool throws after connectionTimeoutMillis with every connection busy.
    app.get("/busy", async () => {
      throw new Error("timeout exceeded when trying to connect");
    });
    app.get("/broken", async () => {
      throw new Error("timeout exceeded when trying to connect to the mail server");
    });
    try {
      const busy = await app.inject({ method: "GET", url: "/busy" });
      expect(busy.statusCode).toBe(503);
      expect(busy.headers["retry-after"]).toBe("1");
      expect(busy.json()).toMatchObject({ status: 503, code: "DATABASE_BUSY", instance: "/busy" });
      // Only the pool's own message: any other failure stays a logged 500.
      expect((await app.inject({ method: "GET", url: "/broken" })).statusCode).toBe(500);
    } finally {
      await app.close();
    }
  });
});
