import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../test/support/db.ts";
import { call, withApp } from "../../test/support/http.ts";
import { seedDemo } from "./demo.ts";
import { DEMO_VIDEO_FILE, DEMO_VIDEO_SLIDES } from "./demo-video.ts";

type Tutorial = {
  id: string;
  title: string;
  language: string;
  video: { kind: string; contentType?: string; size?: number; url: string } | null;
  chapters: { title: string; startSeconds: number }[];
  captions: { language: string; url: string }[];
};

describeEachEngine("the demo's video tutorial", (ctx) => {
  const http = withApp(ctx);
  const get = (url: string, headers: Record<string, string> = {}) => call(http.app, { method: "GET", url, headers });

  it("is seeded with its uploaded video, English and Urdu captions and chapters, and streams with ranges", async () => {
    await seedDemo(ctx.deps);
    const file = readFileSync(DEMO_VIDEO_FILE);
    expect(file.length).toBeLessThan(400 * 1024);
    // Public, so the portal plays it before anyone signs in.
    const list = (await get("/api/v1/tutorials")).json().items as Tutorial[];
    const english = list.find((t) => t.title === "Reset your Outlook password")!;
    const urdu = list.find((t) => t.title === "آؤٹ لک کا پاس ورڈ بدلیں")!;
    for (const summary of [english, urdu]) {
      const tutorial = (await get(`/api/v1/tutorials/${summary.id}`)).json() as Tutorial;
      expect(tutorial.video).toEqual({
        kind: "upload",
        contentType: "video/webm",
        size: file.length,
        url: `/api/v1/tutorials/${summary.id}/video`,
      });
      expect(tutorial.chapters.map((c) => c.startSeconds)).toEqual([0, 4, 8]);
      const video = tutorial.video!.url;
      const whole = await get(video);
      expect(whole.statusCode).toBe(200);
      expect(whole.headers["accept-ranges"]).toBe("bytes");
      expect(whole.rawPayload.equals(file)).toBe(true);
      const middle = await get(video, { range: "bytes=1000-1999" });
      expect(middle.statusCode).toBe(206);
      expect(middle.headers["content-range"]).toBe(`bytes 1000-1999/${file.length}`);
      expect(middle.rawPayload.equals(file.subarray(1000, 2000))).toBe(true);
      expect((await get(video, { range: `bytes=${file.length}-` })).statusCode).toBe(416);
    }
    const tutorial = (await get(`/api/v1/tutorials/${english.id}`)).json() as Tutorial;
    expect(tutorial.chapters.map((c) => c.title)).toEqual(DEMO_VIDEO_SLIDES.map((s) => s.title));
    expect(tutorial.captions.map((c) => c.language).sort()).toEqual(["en", "ur"]);
    const captions = Object.fromEntries(
      await Promise.all(tutorial.captions.map(async (c) => [c.language, (await get(c.url)).body] as const)),
    );
    expect(captions.en).toContain("00:00:04.000 --> 00:00:08.000\nEnter the code we send to your phone");
    expect(captions.ur).toContain("اپنے فون یا تصدیقی ایپ پر آنے والا کوڈ درج کریں۔");
    const urduTutorial = (await get(`/api/v1/tutorials/${urdu.id}`)).json() as Tutorial;
    expect(urduTutorial.chapters.map((c) => c.title)).toEqual(DEMO_VIDEO_SLIDES.map((s) => s.urduTitle));
    expect(urduTutorial.captions.map((c) => c.language)).toEqual(["ur"]);
  });
});
