import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { call, withApp } from "../../../test/support/http.ts";

describeEachEngine("settings route", (ctx) => {
  const http = withApp(ctx, { ATTACHMENT_MAX_BYTES: 5 * 1_048_576 });

  it("tells anyone, signed in or not, the configured attachment limit and the refused file kinds", async () => {
    const res = await call(http.app, { method: "GET", url: "/api/v1/settings" });
    expect(res.statusCode).toBe(200);
    const { attachments } = res.json();
    expect(attachments.maxBytes).toBe(5 * 1_048_576);
    expect(attachments.refusedExtensions).toEqual(expect.arrayContaining(["exe", "js", "lnk", "ps1"]));
    expect(attachments.refusedExtensions).not.toContain("pdf");
  });
});
