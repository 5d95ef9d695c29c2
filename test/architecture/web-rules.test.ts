import { describe, expect, it } from "vitest";
// @ts-expect-error the architecture check is plain JavaScript, run by `npm run lint`
import { webProblems } from "../../scripts/web-rules.js";

const check = (rel: string, text: string): string[] => webProblems(rel, text);

describe("the architecture check: the web app builds API URLs only in web/src/api/", () => {
  it("flags a component that calls api() or fetch with a URL it wrote, on its line", () => {
    expect(check("console/Thing.tsx", 'const a = 1;\nawait api("GET", "/api/v1/groups");')).toEqual([
      "line 2: builds an API URL by hand (call a module of web/src/api/ instead)",
    ]);
    expect(check("portal/Other.tsx", "fetch(`/api/v1/tickets/${id}`)")).toHaveLength(1);
    expect(check("admin/x.ts", "withQuery('/api/v1/people', { q })")).toHaveLength(1);
  });

  it("lets only the resource modules and tests build them", () => {
    const call = 'api("GET", "/api/v1/groups")';
    expect(check("api/groups.ts", call)).toEqual([]);
    expect(check("app/api.test.ts", call)).toEqual([]);
    expect(check("console/Old.tsx", call)).toHaveLength(1);
    expect(check("console/New.tsx", "useGroups()")).toEqual([]);
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
