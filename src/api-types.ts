import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { pino } from "pino";
import { buildApp } from "./app.ts";
import { parseConfig } from "./config/config.ts";
import type { Deps } from "./context.ts";
import { systemClock } from "./platform/clock/clock.ts";
import { referenceCache } from "./platform/cache/reference-cache.ts";
import { PACKAGE_ROOT } from "./platform/package-root.ts";

/** The web app's API types, generated from the OpenAPI document and checked in (`npm run api:types`). */
export const API_TYPES_FILE = path.join(PACKAGE_ROOT, "web", "src", "api", "schema.d.ts");
export const API_TYPES_COMMAND = "npm run api:types";

const HEADER = `// Generated from the API's OpenAPI document by \`${API_TYPES_COMMAND}\` (src/api-types.ts). Do not edit by hand:
// npm test fails while this file differs from what the routes describe.
`;

/**
 * The OpenAPI document the server publishes at /api/openapi.json, built from the route schemas alone: registering
 * routes touches no database, so no server, database or network is needed.
 */
export async function apiDocument(): Promise<Record<string, unknown>> {
  const unused = new Proxy(
    {},
    {
      get: () => {
        throw new Error("the OpenAPI document is built without a database");
      },
    },
  );
  const deps = {
    db: unused,
    readDb: unused,
    engine: "pglite",
    clock: systemClock,
    config: { ...parseConfig({}), WEB_APP: "false" },
    storage: unused,
    log: pino({ level: "silent" }),
    cache: referenceCache(0),
    referenceChanged: async () => {},
    reactions: [],
    live: unused,
  } as unknown as Deps;
  const app = await buildApp(deps);
  try {
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
  }
}

/** The TypeScript the web app's typed client reads: paths, operations and component schemas. */
export async function apiTypes(): Promise<string> {
  const ast = await openapiTS(JSON.parse(JSON.stringify(await apiDocument())), { alphabetize: true });
  return HEADER + astToString(ast);
}

/** Whether the checked-in file says what the routes say now. */
export async function apiTypesCurrent(): Promise<{ current: boolean; expected: string }> {
  const expected = await apiTypes();
  const actual = await readFile(API_TYPES_FILE, "utf8").catch(() => "");
  return { current: actual === expected, expected };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await writeFile(API_TYPES_FILE, await apiTypes());
  console.log(`wrote ${path.relative(process.cwd(), API_TYPES_FILE)}`);
}
