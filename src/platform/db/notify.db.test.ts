import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";

describeEachEngine("LISTEN/NOTIFY", (ctx) => {
  it("delivers a notification to every subscriber of the channel", async () => {
    const heard: string[] = [];
    const stop = await ctx.database.listen("frontline_test_channel", (payload) => heard.push(payload));
    try {
      await ctx.database.notify("frontline_test_channel", "hello");
      for (let i = 0; i < 50 && heard.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(heard).toEqual(["hello"]);
    } finally {
      await stop();
    }
  });

  it("refuses a channel name that is not a plain identifier", async () => {
    await expect(ctx.database.notify("bad; drop table tickets", "x")).rejects.toThrow("invalid channel name");
  });
});
