import type { components } from "../api/schema";
import { newIdempotencyKey } from "./idempotency.ts";

/** An API error answer (RFC 9457), as the OpenAPI document names it. */
export type Problem = components["schemas"]["Problem"];
/** One problem field error, as the API's RFC 9457 answers carry them. */
export type FieldError = NonNullable<Problem["errors"]>[number];

/** An API answer that was not 2xx, with its problem+json details. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly errors: FieldError[];
  readonly body: Record<string, unknown>;
  constructor(status: number, body: Record<string, unknown>) {
    super(
      typeof body.detail === "string" ? body.detail : typeof body.title === "string" ? body.title : `HTTP ${status}`,
    );
    this.status = status;
    this.code = typeof body.code === "string" ? body.code : String(status);
    this.errors = Array.isArray(body.errors) ? (body.errors as FieldError[]) : [];
    this.body = body;
  }
  /** The message for one form field ("body.email" or "email"), if the server named it. */
  fieldError(field: string): string | undefined {
    return this.errors.find((e) => e.field === field || e.field === `body.${field}`)?.message;
  }
  /** The server's message for each of a form's fields it named (a form shows them at those fields). */
  fieldErrors<F extends string>(fields: readonly F[]): Partial<Record<F, string>> {
    const found: Partial<Record<F, string>> = {};
    for (const field of fields) {
      const message = this.fieldError(field);
      if (message) found[field] = message;
    }
    return found;
  }
}

let csrfToken: string | null = null;

/** Remembered from sign-in / "who am I"; sent back on every write, as the API requires for cookie sessions. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The token writes carry now (the portal's chat widget is given it: it makes its own requests). */
export function currentCsrfToken(): string | null {
  return csrfToken;
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export type ApiOptions = {
  /**
   * Sent as Idempotency-Key: the API answers a retry carrying the same key (and body) with the first result instead
   * of acting twice, so a double click or a resend after a dropped connection never opens two tickets.
   */
  idempotencyKey?: string;
  /** The request outlives the page (sent while it is being closed or left), as fetch's keepalive allows. */
  keepalive?: boolean;
};

/** Calls the JSON API with the session cookie; throws ApiError on any non-2xx answer. */
export async function api<T>(method: Method, url: string, body?: unknown, options: ApiOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (options.idempotencyKey) headers["idempotency-key"] = options.idempotencyKey;
  const isForm = typeof FormData !== "undefined" && body instanceof FormData;
  if (body !== undefined && !isForm) headers["content-type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["x-csrf-token"] = csrfToken;
  const response = await fetch(url, {
    method,
    headers,
    credentials: "same-origin",
    ...(options.keepalive ? { keepalive: true } : {}),
    ...(body === undefined ? {} : { body: isForm ? (body as FormData) : JSON.stringify(body) }),
  });
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const parsed: unknown = text ? safeJson(text) : undefined;
  if (!response.ok) {
    const error = new ApiError(response.status, (parsed as Record<string, unknown>) ?? { title: response.statusText });
    // The key went with another body (the person changed the form after a failed attempt): what they send now is a
    // new intended action, so it gets a new key, once.
    if (error.code === "IDEMPOTENCY_KEY_REUSED" && options.idempotencyKey)
      return api<T>(method, url, body, { ...options, idempotencyKey: newIdempotencyKey() });
    throw error;
  }
  return parsed as T;
}

/**
 * Sends a multipart form with PUT and reports how much of it went (0–1) as it goes — fetch cannot tell, so this
 * uses XMLHttpRequest; the session cookie and CSRF token go as with api(), and a non-2xx answer throws ApiError.
 */
export function apiUpload<T>(url: string, form: FormData, onProgress: (fraction: number) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("PUT", url);
    request.setRequestHeader("accept", "application/json");
    if (csrfToken) request.setRequestHeader("x-csrf-token", csrfToken);
    request.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    request.onload = () => {
      const parsed: unknown = request.responseText ? safeJson(request.responseText) : undefined;
      if (request.status >= 200 && request.status < 300) resolve(parsed as T);
      else reject(new ApiError(request.status, (parsed as Record<string, unknown>) ?? { title: request.statusText }));
    };
    request.onerror = () => reject(new TypeError("network error"));
    request.send(form);
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { title: text.slice(0, 200) };
  }
}

/** Builds "/path?a=1&b=2" from the defined, non-empty values. */
export function withQuery(path: string, query: Record<string, string | number | boolean | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}
