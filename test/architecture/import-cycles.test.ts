import { describe, expect, it } from "vitest";
// @ts-expect-error the architecture check is plain JavaScript, run by `npm run lint`
import { importCycles } from "../../scripts/import-cycles.js";

const cycles = (files: Record<string, string>): string[][] => importCycles(new Map(Object.entries(files)));

describe("the architecture check: no import cycles among src/ files", () => {
  it("finds two files that import each other, type-only imports included", () => {
    expect(
      cycles({
        "context.ts": 'import type { TicketReaction } from "./tickets/record-events.ts";',
        "tickets/record-events.ts": 'import type { Deps } from "../context.ts";',
      }),
    ).toEqual([["context.ts", "tickets/record-events.ts", "context.ts"]]);
  });

  it("finds a longer cycle through re-exports and folders", () => {
    expect(
      cycles({
        "a/one.ts": 'import { two } from "../b/two.ts";',
        "b/two.ts": 'export { three } from "./three.ts";',
        "b/three.ts": 'import {\n  one,\n} from "../a/one.ts";',
      }),
    ).toEqual([["a/one.ts", "b/two.ts", "b/three.ts", "a/one.ts"]]);
  });

  it("passes a graph without cycles, and ignores packages and files it does not know", () => {
    expect(
      cycles({
        "app.ts": 'import { a } from "./a.ts";\nimport { b } from "./b.ts";\nimport { z } from "zod";',
        "a.ts": 'import { b } from "./b.ts";\nimport { x } from "../outside.ts";',
        "b.ts": 'import { readFileSync } from "node:fs";',
      }),
    ).toEqual([]);
  });
});
