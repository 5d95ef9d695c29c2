// Bad input for every write operation of the OpenAPI document: a plausible body built from each operation's
// schema, then one broken field at a time (NUL, unpaired surrogate, too long, instants and numbers out of
// range, wrong types), plus malformed, empty, oversized and non-JSON bodies and bad path parameters. The set is
// enumerated, not random, so a failure names its request and reruns the same.

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  minimum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  additionalProperties?: JsonSchema | boolean;
};

export type WriteOperation = {
  method: "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  params: string[];
  body: JsonSchema | undefined;
  json: boolean;
};

export type FuzzRequest = { what: string; url: string; payload: string; contentType: string };

type OpenApi = {
  components?: { schemas?: Record<string, JsonSchema> };
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Array<{ name: string; in: string }>;
        requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
      }
    >
  >;
};

/** Every POST, PUT, PATCH and DELETE of the document. */
export function writeOperations(doc: OpenApi): WriteOperation[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([method]) => ["post", "put", "patch", "delete"].includes(method))
      .map(([method, op]) => {
        const content = op.requestBody?.content ?? {};
        return {
          method: method.toUpperCase() as WriteOperation["method"],
          path,
          params: (op.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name),
          body: content["application/json"]?.schema,
          json: "application/json" in content,
        };
      }),
  );
}

/** Ids and values a plausible body uses, by field name (anything else gets a fresh UUID or a sample by type). */
export type Samples = {
  ids: Record<string, string>;
  values: Record<string, unknown>;
  now: string;
  components: Record<string, JsonSchema>;
};

/** The document's named schemas, for the $refs of request bodies. */
export function componentsOf(doc: OpenApi): Record<string, JsonSchema> {
  return doc.components?.schemas ?? {};
}

/** A plausible value for a schema: enough to pass most of the validation so a broken field is the one at fault. */
export function sample(schema: JsonSchema | undefined, name: string, s: Samples): unknown {
  if (schema?.$ref) return sample(s.components[schema.$ref.replace("#/components/schemas/", "")], name, s);
  if (
    !schema ||
    (schema.type === undefined &&
      !schema.anyOf &&
      !schema.oneOf &&
      schema.enum === undefined &&
      schema.const === undefined)
  )
    return s.values[name] ?? {};
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) return sample(choices.find((c) => c.type !== "null") ?? choices[0], name, s);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  switch (type) {
    case "object": {
      if (!schema.properties && name in s.values) return s.values[name];
      const props = Object.entries(schema.properties ?? {}).map(([key, value]) => [key, sample(value, key, s)]);
      if (props.length === 0 && typeof schema.additionalProperties === "object")
        props.push(["key", sample(schema.additionalProperties, "key", s)]);
      return Object.fromEntries(props);
    }
    case "array":
      return [sample(schema.items, name.replace(/s$/, ""), s)];
    case "string":
      if (schema.format === "uuid") return s.ids[name] ?? crypto.randomUUID();
      if (schema.format === "date-time") return s.now;
      return s.values[name] ?? "Fuzz text".padEnd(schema.minLength ?? 1, "x");
    case "integer":
    case "number":
      if (schema.minimum !== undefined) return schema.minimum;
      if (schema.exclusiveMinimum !== undefined && schema.exclusiveMaximum !== undefined)
        return (schema.exclusiveMinimum + schema.exclusiveMaximum) / 2;
      return schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1;
    case "boolean":
      return true;
    default:
      return null;
  }
}

type Leaf = { path: Array<string | number>; value: unknown };

function leaves(value: unknown, path: Array<string | number> = []): Leaf[] {
  const here = path.length > 0 ? [{ path, value }] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => leaves(v, [...path, i]))];
  if (value !== null && typeof value === "object")
    return [...here, ...Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]))];
  return here;
}

function replaced(body: unknown, path: Array<string | number>, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(body)) return body.map((item, i) => (i === head ? replaced(item, rest, value) : item));
  const copy = { ...(body as Record<string, unknown>) };
  copy[head!] = replaced(copy[head!], rest, value);
  return copy;
}

const WRONG_TYPES: unknown[] = [{}, [], true, 42, "text", null];
const BROKEN_TEXT = ["a\u0000b", "\ud800", "\u0000"];
const BROKEN_INSTANTS = [
  "2201-01-01T00:00:00Z",
  "1969-12-31T23:59:59Z",
  "0000-01-01T00:00:00Z",
  "9999-12-31T23:59:59+14:00",
  "2026-02-30T09:00:00Z",
];
const BROKEN_NUMBERS = [1e308, -1e308, 2 ** 63, -1, 0.5, 1e-9];
const INSTANT = /^\d{4}-\d{2}-\d{2}T/;

/** The bodies with one field broken at a time, for one role. */
export function brokenBodies(
  body: unknown,
  options: { wrongTypes: boolean; longText: string },
): Array<{ what: string; body: unknown }> {
  const out: Array<{ what: string; body: unknown }> = [];
  leaves(body).forEach((leaf, index) => {
    const at = leaf.path.join(".");
    const values: unknown[] = [];
    if (typeof leaf.value === "string")
      values.push(...BROKEN_TEXT, options.longText, ...(INSTANT.test(leaf.value) ? BROKEN_INSTANTS : []));
    if (typeof leaf.value === "number") values.push(...BROKEN_NUMBERS);
    if (options.wrongTypes)
      values.push(WRONG_TYPES[index % WRONG_TYPES.length], WRONG_TYPES[(index + 3) % WRONG_TYPES.length]);
    for (const value of values)
      out.push({ what: `${at} = ${JSON.stringify(value).slice(0, 40)}`, body: replaced(body, leaf.path, value) });
  });
  return out;
}

/** Whole-body trouble: not JSON, empty, the wrong shape, another content type, larger than the limit. */
export function brokenPayloads(
  body: unknown,
  bodyLimitBytes: number,
): Array<{ what: string; payload: string; contentType: string }> {
  return [
    { what: "malformed JSON", payload: '{"name": "half', contentType: "application/json" },
    { what: "empty body", payload: "", contentType: "application/json" },
    { what: "JSON null", payload: "null", contentType: "application/json" },
    { what: "JSON array", payload: JSON.stringify([body]), contentType: "application/json" },
    { what: "JSON string", payload: JSON.stringify("\u0000"), contentType: "application/json" },
    { what: "form body", payload: "name=x", contentType: "application/x-www-form-urlencoded" },
    {
      what: "oversized body",
      payload: JSON.stringify({
        ...(typeof body === "object" && body !== null ? body : {}),
        pad: "x".repeat(bodyLimitBytes),
      }),
      contentType: "application/json",
    },
    { what: "deeply nested body", payload: `${"[".repeat(5000)}${"]".repeat(5000)}`, contentType: "application/json" },
  ];
}

/** Every GET with query parameters, and the names of those parameters. */
export function queryOperations(doc: OpenApi): Array<{ path: string; query: string[] }> {
  return Object.entries(doc.paths).flatMap(([path, ops]) => {
    const query = (ops.get?.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name);
    return query.length > 0 && !path.includes("{") ? [{ path, query }] : [];
  });
}

/** Query values that are not what any parameter takes, percent-encoded as a client would send them. */
export const BROKEN_QUERY_VALUES = [
  "%00",
  "a%00b",
  "%ED%A0%80",
  "2201-01-01T00:00:00Z",
  "0000-01-01T00:00:00Z",
  "-1",
  "1e308",
  "x".repeat(5000),
  "%5B%5D",
  "a,b,,c",
];

/** Path parameters that are not ids: NUL, an unpaired surrogate, over-long, a number, a dot segment. */
export const BROKEN_PATH_VALUES = ["a%00b", "%ED%A0%80", "x".repeat(300), "-1", "9999999999999999999999", "..", "%25"];
