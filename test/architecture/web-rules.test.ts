import { describe, expect, it } from "vitest";
// @ts-expect-error the architecture check is plain JavaScript, run by `npm run lint`
import { legacyUrlCallers, staleLegacyEntries, webProblems } from "../../scripts/web-rules.js";

const check = (rel: string, text: string, legacy: string[] = []): string[] => webProblems(rel, text, { legacy: new Set(legacy) });

describe("the architecture check: the web app builds API URLs only in web/src/api/", () => {
  it("flags a component that calls api() or fetch with a URL it wrote, on its line", () => {
    expect(check("console/Thing.tsx", 'const a = 1;\nawait api("GET", "/api/v1/groups");')).toEqual([
      "line 2: builds an API URL by hand (call a module of web/src/api/ instead)",
    ]);
    expect(check("portal/Other.tsx", "fetch(`/api/v1/tickets/${id}`)")).toHaveLength(1);
    expect(check("admin/x.ts", "withQuery('/api/v1/people', { q })")).toHaveLength(1);
  });

  it("lets the resource modules, tests and the files listed before the rule build them", () => {
    const call = 'api("GET", "/api/v1/groups")';
    expect(check("api/groups.ts", call)).toEqual([]);
    expect(check("app/api.test.ts", call)).toEqual([]);
    expect(check("console/Old.tsx", call, ["console/Old.tsx"])).toEqual([]);
    expect(check("console/New.tsx", "useGroups()")).toEqual([]);
  });

  it("asks for a listed file's line to go once it no longer builds URLs, so the list only shrinks", () => {
    const files: Record<string, string> = { "a.tsx": 'api("GET", "/api/v1/x")', "b.tsx": "useGroups()" };
    expect(staleLegacyEntries(new Set(["a.tsx", "b.tsx", "gone.tsx"]), (rel: string) => files[rel])).toEqual(["b.tsx", "gone.tsx"]);
  });

  it("reads the list of files written before the rule without its comments", () => {
    const legacy = legacyUrlCallers() as Set<string>;
    expect([...legacy].every((rel) => !rel.startsWith("#") && rel.length > 0)).toBe(true);
  });

  it("keeps the other web rules: size (generated types excepted), no raw HTML, no server imports", () => {
    const long = "x\n".repeat(401);
    expect(check("console/Big.tsx", long)).toEqual(["402 lines (limit 400)"]);
    expect(check("api/schema.d.ts", long)).toEqual([]);
    expect(check("ui/Raw.tsx", "<div dangerouslySetInnerHTML={x} />")).toHaveLength(1);
    expect(webProblems("ui/A.tsx", "", { serverImports: ["../../../src/tickets/x.ts"] })).toEqual([
      "imports server code ../../../src/tickets/x.ts (only src/shared may be shared)",
    ]);
  });
});
