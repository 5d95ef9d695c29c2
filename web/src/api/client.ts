import { api, withQuery, type ApiOptions } from "../app/api.ts";
import type { components, paths } from "./schema";

/**
 * A typed face over the app's API client (which keeps the CSRF token, Idempotency-Key retries and problem+json →
 * ApiError): paths, parameters, bodies and answers all come from the generated schema.d.ts, so a route the server
 * changes fails the web app's typecheck instead of the browser at run time. Only web/src/api/ calls it.
 */

/** A schema the API names (components.schemas), e.g. Schema<"Ticket">. */
export type Schema<N extends keyof components["schemas"]> = components["schemas"][N];

type Method = "get" | "post" | "put" | "patch" | "delete";
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
/** The paths that have an operation for this method. */
export type PathsWith<M extends Method> = {
  [P in keyof paths]: [NonNullable<paths[P][M]>] extends [never] ? never : P;
}[keyof paths];

type JsonOf<R> = R extends { content: { "application/json": infer T } } ? T : undefined;
type Answer<O> = O extends { responses: infer R }
  ? 200 extends keyof R
    ? JsonOf<R[200]>
    : 201 extends keyof R
      ? JsonOf<R[201]>
      : 202 extends keyof R
        ? JsonOf<R[202]>
        : undefined
  : never;
type PathParams<O> = O extends { parameters: { path: infer X } }
  ? [X] extends [never | undefined]
    ? never
    : X
  : never;
type QueryParams<O> = O extends { parameters: { query?: infer X } }
  ? [X] extends [never | undefined]
    ? never
    : X
  : never;
type BodyOf<R> = [R] extends [never] ? never : R extends { content: { "application/json": infer B } } ? B : never;
type JsonBody<O> = O extends { requestBody?: infer R } ? BodyOf<NonNullable<R>> : never;

type Request<O> = ([PathParams<O>] extends [never] ? { path?: never } : { path: PathParams<O> }) &
  ([QueryParams<O>] extends [never] ? { query?: never } : { query?: QueryParams<O> }) &
  ([JsonBody<O>] extends [never] ? { body?: FormData } : { body: JsonBody<O> }) &
  ApiOptions;

/** The answer of one operation, e.g. Answer<"/api/v1/groups", "get">. */
export type ApiAnswer<P extends keyof paths, M extends Method> = Answer<Operation<P, M>>;

/** The JSON body of one operation, e.g. ApiBody<"/api/v1/sla/preview", "post">. */
export type ApiBody<P extends keyof paths, M extends Method> = JsonBody<Operation<P, M>>;

/** Fills "{id}" placeholders (each value URL-encoded) and adds the defined query values. */
export function buildUrl(path: string, request: { path?: object; query?: object } = {}): string {
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = (request.path as Record<string, unknown> | undefined)?.[name];
    if (value === undefined || value === null) throw new Error(`${path}: no value for {${name}}`);
    return encodeURIComponent(String(value));
  });
  return withQuery(filled, (request.query ?? {}) as Record<string, string | number | boolean | undefined | null>);
}

function send<M extends Method>(method: M) {
  // The request may be left out only when nothing in it is required.
  type Args<P extends PathsWith<M>> =
    {} extends Request<Operation<P, M>> ? [Request<Operation<P, M>>?] : [Request<Operation<P, M>>];
  return <P extends PathsWith<M>>(path: P, ...[request]: Args<P>) => {
    const {
      path: _p,
      query: _q,
      body,
      ...options
    } = (request ?? {}) as { path?: object; query?: object; body?: unknown } & ApiOptions;
    const verb = method.toUpperCase() as "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
    return api<Answer<Operation<P, M>>>(
      verb,
      buildUrl(path, request as { path?: object; query?: object }),
      body,
      options,
    );
  };
}

/** GET, POST, PUT, PATCH and DELETE over the generated paths: `client.get("/api/v1/people/{id}", { path: { id } })`. */
export const client = {
  get: send("get"),
  post: send("post"),
  put: send("put"),
  patch: send("patch"),
  delete: send("delete"),
};
