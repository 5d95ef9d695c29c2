import { expect, it } from "vitest";
import { describeEachEngine } from "../support/db.ts";
import { withApp } from "../support/http.ts";

describeEachEngine("URLs the router refuses", (ctx) => {
  const http = withApp(ctx);

  it("answers a malformed escape with a 400 problem naming the URL", async () => {
    const res = await http.app.inject({ method: "GET", url: "/api/v1/tickets/%zz" });
    expect(res.statusCode).toBe(400);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.json()).toMatchObject({ code: "BAD_URL", errors: [{ field: "url" }] });
  });

  it("answers an over-long path segment with a 414 problem", async () => {
    const res = await http.app.inject({ method: "GET", url: `/api/v1/tickets/${"a".repeat(300)}` });
    expect(res.statusCode).toBe(414);
    expect(res.json()).toMatchObject({ code: "URI_TOO_LONG", title: "URI Too Long" });
  });
});
