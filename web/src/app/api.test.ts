import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { api, ApiError, setCsrfToken, withQuery } from "./api.ts";
import { newIdempotencyKey } from "./idempotency.ts";

type Sent = { url: string; init: RequestInit };

/** Stands in for the browser's fetch: records each request and answers with the given status and body. */
function answer(status: number, body?: unknown, statusText = ""): Sent[] {
  const sent: Sent[] = [];
  const text = body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body);
  vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
    sent.push({ url, init });
    return { status, statusText, ok: status >= 200 && status < 300, text: async () => text } as Response;
  });
  return sent;
}

const realCrypto = globalThis.crypto;
const headers = (s: Sent | undefined) => (s?.init.headers ?? {}) as Record<string, string>;

// What the API sends for a refused body (src/platform/http/problem.ts).
const validationProblem = {
  type: "https://frontline.dev/errors/validation-failed",
  title: "Unprocessable Content",
  status: 422,
  detail: "body.email: must be an email address",
  code: "VALIDATION_FAILED",
  errors: [
    { field: "body.email", message: "must be an email address" },
    { field: "body.name", message: "is required" },
    { field: "query.status", message: "unknown status" },
  ],
};

beforeEach(() => setCsrfToken(null));
afterEach(() => vi.unstubAllGlobals());

describe("the API client", () => {
  it("a 2xx JSON answer is returned parsed", async () => {
    answer(200, { id: "t1", number: 42 });
    await expect(api("GET", "/api/v1/tickets/42")).resolves.toEqual({ id: "t1", number: 42 });
  });

  it("a 204 answer is returned as nothing, without reading a body", async () => {
    answer(204);
    await expect(api("DELETE", "/api/v1/views/v1")).resolves.toBeUndefined();
  });

  it("a problem+json answer becomes an ApiError naming each field", async () => {
    answer(422, validationProblem);
    const error = await api("POST", "/api/v1/public/consultations", {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const problem = error as ApiError;
    expect(problem.status).toBe(422);
    expect(problem.code).toBe("VALIDATION_FAILED");
    expect(problem.message).toBe("body.email: must be an email address");
    expect(problem.errors.map((e) => e.field)).toEqual(["body.email", "body.name", "query.status"]);
    expect(problem.body).toEqual(validationProblem);
  });

  it("without a detail the problem's title is the message, and without a code the status is", async () => {
    answer(403, { title: "Forbidden", status: 403 });
    const error = (await api("GET", "/api/v1/admin/people").catch((e: unknown) => e)) as ApiError;
    expect(error.message).toBe("Forbidden");
    expect(error.code).toBe("403");
    expect(error.errors).toEqual([]);
  });

  it("an error answer that is not JSON (a proxy's page) still becomes an ApiError with its text", async () => {
    answer(502, "<html>Bad Gateway</html>", "Bad Gateway");
    const error = (await api("GET", "/api/v1/me").catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(502);
    expect(error.message).toBe("<html>Bad Gateway</html>");
  });

  it("an empty error answer is named by its status text, else its status", async () => {
    answer(503, undefined, "Service Unavailable");
    expect(((await api("GET", "/api/v1/me").catch((e: unknown) => e)) as ApiError).message).toBe("Service Unavailable");
    answer(500, {});
    expect(((await api("GET", "/api/v1/me").catch((e: unknown) => e)) as ApiError).message).toBe("HTTP 500");
  });

  it("a network failure is not an ApiError (the page says the network failed, not the server)", async () => {
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("Failed to fetch");
    });
    const error = await api("GET", "/api/v1/me").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(error).not.toBeInstanceOf(ApiError);
  });

  it("sends JSON bodies as JSON, with the session cookie of this site only", async () => {
    const sent = answer(201, { id: "x" });
    await api("POST", "/api/v1/tickets", { subject: "Printer" });
    expect(sent[0]?.url).toBe("/api/v1/tickets");
    expect(sent[0]?.init.method).toBe("POST");
    expect(sent[0]?.init.credentials).toBe("same-origin");
    expect(sent[0]?.init.body).toBe('{"subject":"Printer"}');
    expect(headers(sent[0])).toMatchObject({ accept: "application/json", "content-type": "application/json" });
  });

  it("sends a file upload as multipart, leaving its content type to the browser (it adds the boundary)", async () => {
    const sent = answer(201, { id: "a1" });
    const form = new FormData();
    form.append("file", new Blob(["hello"]), "note.txt");
    await api("POST", "/api/v1/tickets/t1/attachments", form);
    expect(sent[0]?.init.body).toBe(form);
    expect(headers(sent[0])["content-type"]).toBeUndefined();
  });

  it("a read sends no body and no content type", async () => {
    const sent = answer(200, []);
    await api("GET", "/api/v1/tickets");
    expect(sent[0]?.init).not.toHaveProperty("body");
    expect(headers(sent[0])["content-type"]).toBeUndefined();
  });
});

describe("the CSRF token", () => {
  it("is sent on every write once the session gave one", async () => {
    setCsrfToken("tok-123");
    for (const method of ["POST", "PUT", "PATCH", "DELETE"] as const) {
      const sent = answer(204);
      await api(method, "/api/v1/x", method === "DELETE" ? undefined : {});
      expect(headers(sent[0])["x-csrf-token"], method).toBe("tok-123");
    }
  });

  it("is never sent on a read", async () => {
    setCsrfToken("tok-123");
    const sent = answer(200, {});
    await api("GET", "/api/v1/me");
    expect(headers(sent[0])).not.toHaveProperty("x-csrf-token");
  });

  it("is no longer sent after signing out forgets it", async () => {
    setCsrfToken("tok-123");
    setCsrfToken(null);
    const sent = answer(204);
    await api("POST", "/api/v1/auth/sign-out");
    expect(headers(sent[0])).not.toHaveProperty("x-csrf-token");
  });
});

describe("the Idempotency-Key", () => {
  it("is sent when the caller gives one, so the API answers a resend of the same submission with the first result", async () => {
    const sent = answer(201, { id: "t1" });
    await api(
      "POST",
      "/api/v1/tickets",
      { subject: "Printer" },
      { idempotencyKey: "5f0c2a9e-1b7d-4c3e-9a61-2d8f4b7e0c13" },
    );
    expect(headers(sent[0])["idempotency-key"]).toBe("5f0c2a9e-1b7d-4c3e-9a61-2d8f4b7e0c13");
    expect(headers(sent[0])).toMatchObject({ "content-type": "application/json" });
  });

  it("is sent unchanged on every retry that carries it", async () => {
    const sent = answer(201, { id: "t1" });
    const key = newIdempotencyKey();
    await api("POST", "/api/v1/calls", { notes: "x" }, { idempotencyKey: key });
    await api("POST", "/api/v1/calls", { notes: "x" }, { idempotencyKey: key });
    expect(sent.map((s) => headers(s)["idempotency-key"])).toEqual([key, key]);
  });

  it("is not sent when the caller gives none (or an empty one)", async () => {
    const sent = answer(201, { id: "t1" });
    await api("POST", "/api/v1/tickets", { subject: "Printer" });
    await api("POST", "/api/v1/tickets", { subject: "Printer" }, {});
    await api("POST", "/api/v1/tickets", { subject: "Printer" }, { idempotencyKey: "" });
    for (const s of sent) expect(headers(s)).not.toHaveProperty("idempotency-key");
  });

  it("a form changed after a failed attempt is sent again once with a new key (the old one went with the old body)", async () => {
    const sent: Sent[] = [];
    const reused = {
      status: 422,
      title: "Unprocessable Content",
      code: "IDEMPOTENCY_KEY_REUSED",
      detail: "This Idempotency-Key was used for a different request",
    };
    vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
      sent.push({ url, init });
      const first = sent.length === 1;
      return {
        status: first ? 422 : 201,
        statusText: "",
        ok: !first,
        text: async () => JSON.stringify(first ? reused : { id: "t2" }),
      } as Response;
    });
    await expect(
      api("POST", "/api/v1/tickets", { subject: "Printer, edited" }, { idempotencyKey: "old-key" }),
    ).resolves.toEqual({ id: "t2" });
    const keys = sent.map((s) => headers(s)["idempotency-key"]);
    expect(keys[0]).toBe("old-key");
    expect(keys[1]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("a new key is a fresh version-4 UUID each time, one the API accepts", () => {
    const keys = Array.from({ length: 50 }, () => newIdempotencyKey());
    for (const key of keys)
      expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("a page served over plain HTTP (no crypto.randomUUID) still gets a version-4 UUID", () => {
    vi.stubGlobal("crypto", { getRandomValues: (b: Uint8Array) => realCrypto.getRandomValues(b) });
    const key = newIdempotencyKey();
    vi.unstubAllGlobals();
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe("server field errors map onto form fields", () => {
  const error = new ApiError(422, validationProblem);

  it("a form field finds the message the server gave for its body field", () => {
    expect(error.fieldError("email")).toBe("must be an email address");
    expect(error.fieldError("body.email")).toBe("must be an email address");
  });

  it("a field the server did not name has no message", () => {
    expect(error.fieldError("phone")).toBeUndefined();
  });

  it("a query or header field is not mistaken for a form field of the same name", () => {
    expect(error.fieldError("status")).toBeUndefined();
    expect(error.fieldError("query.status")).toBe("unknown status");
  });

  it("a form collects the messages for each of its fields, and only those", () => {
    expect(error.fieldErrors(["name", "email", "phone"] as const)).toEqual({
      name: "is required",
      email: "must be an email address",
    });
  });

  it("the first message for a field wins when the server names it twice", () => {
    const twice = new ApiError(422, {
      errors: [
        { field: "body.subject", message: "is required" },
        { field: "subject", message: "too long" },
      ],
    });
    expect(twice.fieldErrors(["subject"] as const)).toEqual({ subject: "is required" });
  });

  it("a problem without field errors maps onto no field", () => {
    expect(
      new ApiError(409, { code: "CONFLICT", detail: "changed meanwhile" }).fieldErrors(["subject"] as const),
    ).toEqual({});
    expect(new ApiError(422, { errors: "not a list" }).errors).toEqual([]);
  });
});

describe("query strings", () => {
  it("carry the defined, non-empty values, encoded", () => {
    expect(withQuery("/api/v1/tickets", { status: "open", q: "vpn & wifi", page: 2, mine: true })).toBe(
      "/api/v1/tickets?status=open&q=vpn+%26+wifi&page=2&mine=true",
    );
  });

  it("leave out empty, null and undefined values, and the ? when nothing is left", () => {
    expect(withQuery("/api/v1/tickets", { status: "", q: null, page: undefined })).toBe("/api/v1/tickets");
    expect(withQuery("/api/v1/tickets", { page: 0, mine: false })).toBe("/api/v1/tickets?page=0&mine=false");
  });
});
