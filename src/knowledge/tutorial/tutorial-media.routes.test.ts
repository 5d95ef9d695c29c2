import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildPerson, buildWorkspace } from "../../../test/support/factories.ts";
import { call, sessionFor, upload, withApp } from "../../../test/support/http.ts";
import { PUBLISHED, webmBytes } from "../../../test/support/tutorials.ts";
import { createTutorial } from "./create-tutorial.ts";
import { tutorials } from "./tutorial.tables.ts";

describeEachEngine("a tutorial's video, poster and captions", (ctx) => {
  const http = withApp(ctx, { TUTORIAL_VIDEO_MAX_BYTES: 64 * 1024 });

  async function withVideo(size = 1000) {
    const w = await buildWorkspace(ctx.deps);
    const agent = await sessionFor(ctx.deps, w.agent.personId);
    const tutorial = await createTutorial(ctx.deps, w.agent, PUBLISHED);
    const bytes = webmBytes(size);
    const url = `/api/v1/tutorials/${tutorial.id}/video`;
    const sent = await upload(http.app, { url, as: agent, filename: "steps.webm", bytes, method: "PUT" });
    expect(sent.statusCode, sent.body).toBe(200);
    return { w, agent, tutorial, bytes, url };
  }

  it("streams the whole video with Accept-Ranges, and any single range as 206 with Content-Range", async () => {
    const { bytes, url } = await withVideo(1000);
    const full = await call(http.app, { method: "GET", url });
    expect(full.statusCode).toBe(200);
    expect(full.headers).toMatchObject({
      "accept-ranges": "bytes",
      "content-type": "video/webm",
      "content-length": "1000",
    });
    expect(full.rawPayload.equals(bytes)).toBe(true);
    const cases: Array<[string, number, number]> = [
      ["bytes=0-99", 0, 99],
      ["bytes=400-599", 400, 599],
      ["bytes=-500", 500, 999],
      ["bytes=100-", 100, 999],
      ["bytes=990-5000", 990, 999],
    ];
    for (const [range, start, end] of cases) {
      const part = await call(http.app, { method: "GET", url, headers: { range } });
      expect(part.statusCode, range).toBe(206);
      expect(part.headers["content-range"], range).toBe(`bytes ${start}-${end}/1000`);
      expect(part.headers["content-length"], range).toBe(String(end - start + 1));
      expect(part.rawPayload.equals(bytes.subarray(start, end + 1)), range).toBe(true);
    }
  });

  it("answers 416 with bytes */size past the end, and ignores a malformed Range header (RFC 9110 §14.2)", async () => {
    const { bytes, url } = await withVideo(1000);
    for (const range of ["bytes=1000-", "bytes=5000-6000", "bytes=-0"]) {
      const refused = await call(http.app, { method: "GET", url, headers: { range } });
      expect(refused.statusCode, range).toBe(416);
      expect(refused.headers["content-range"]).toBe("bytes */1000");
      expect(refused.json()).toMatchObject({ code: "RANGE_NOT_SATISFIABLE", status: 416 });
    }
    for (const range of ["bytes=abc", "bytes=9-3", "pages=1-2", "bytes=0-1,4-5"]) {
      const whole = await call(http.app, { method: "GET", url, headers: { range } });
      expect(whole.statusCode, range).toBe(200);
      expect(whole.rawPayload.equals(bytes), range).toBe(true);
    }
  });

  it("honours If-Range and If-None-Match with the video's ETag", async () => {
    const { url } = await withVideo(1000);
    const first = await call(http.app, { method: "GET", url });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    expect(first.headers["last-modified"]).toBe("Mon, 02 Mar 2026 09:00:00 GMT");
    const same = await call(http.app, { method: "GET", url, headers: { range: "bytes=0-9", "if-range": etag } });
    expect(same.statusCode).toBe(206);
    const stale = await call(http.app, { method: "GET", url, headers: { range: "bytes=0-9", "if-range": '"old"' } });
    expect(stale.statusCode).toBe(200);
    expect((await call(http.app, { method: "GET", url, headers: { "if-none-match": etag } })).statusCode).toBe(304);
  });

  it("refuses an empty file, a file that is not a video and one over the limit, and stores nothing", async () => {
    const w = await buildWorkspace(ctx.deps);
    const agent = await sessionFor(ctx.deps, w.agent.personId);
    const tutorial = await createTutorial(ctx.deps, w.agent, PUBLISHED);
    const url = `/api/v1/tutorials/${tutorial.id}/video`;
    const stored: string[] = [];
    const put = ctx.deps.storage.putStream.bind(ctx.deps.storage);
    ctx.deps.storage.putStream = async (source) => {
      const done = await put(source);
      stored.push(done.key);
      return done;
    };
    const attempts: Array<[string, Buffer, number, string]> = [
      ["empty.webm", Buffer.alloc(0), 422, "VIDEO_EMPTY"],
      ["report.webm", Buffer.from("%PDF-1.4 not a video at all"), 422, "VIDEO_TYPE_REFUSED"],
      ["notes.mp4", Buffer.from("just text pretending to be a video"), 422, "VIDEO_TYPE_REFUSED"],
      ["huge.webm", webmBytes(64 * 1024 + 1), 413, "VIDEO_TOO_LARGE"],
    ];
    for (const [filename, bytes, status, code] of attempts) {
      const refused = await upload(http.app, { url, as: agent, filename, bytes, method: "PUT" });
      expect(refused.statusCode, filename).toBe(status);
      expect(refused.json(), filename).toMatchObject({ code, errors: [{ field: "body.file" }] });
    }
    expect(stored).toEqual([]);
    const [row] = await ctx.deps.db.select().from(tutorials);
    expect(row).toMatchObject({ videoStorageKey: null, version: 1 });
    const exact = await upload(http.app, {
      url,
      as: agent,
      filename: "ok.webm",
      bytes: webmBytes(64 * 1024),
      method: "PUT",
    });
    expect(exact.statusCode, exact.body).toBe(200);
    expect(exact.json().video).toMatchObject({ kind: "upload", contentType: "video/webm", size: 64 * 1024 });
  });

  it("stores captions with scripts and markup removed and serves them as text/vtt; refuses a file that is not WebVTT", async () => {
    const { tutorial, agent } = await withVideo();
    const url = `/api/v1/tutorials/${tutorial.id}/captions/en`;
    const vtt =
      "WEBVTT\n\n00:00.000 --> 00:01.500\n<script>alert(1)</script><i>Open</i> Outlook <img src=x onerror=alert(1)>";
    const saved = await call(http.app, { method: "PUT", url, as: agent, body: { vtt } });
    expect(saved.json()).toEqual({ language: "en", cues: 1 });
    const served = await call(http.app, { method: "GET", url });
    expect(served.headers["content-type"]).toBe("text/vtt; charset=utf-8");
    expect(served.body).toBe("WEBVTT\n\n00:00:00.000 --> 00:00:01.500\nalert(1)Open Outlook\n");
    const refused = await call(http.app, { method: "PUT", url, as: agent, body: { vtt: "<html>nope</html>" } });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: "CAPTIONS_INVALID", errors: [{ field: "body" }] });
    expect(refused.json().detail).toContain('starts with "WEBVTT"');
    expect((await call(http.app, { method: "GET", url })).body).toContain("Open Outlook");
    const urdu = await call(http.app, { method: "GET", url: `/api/v1/tutorials/${tutorial.id}/captions/ur` });
    expect(urdu.statusCode).toBe(404);
    const detail = await call(http.app, { method: "GET", url: `/api/v1/tutorials/${tutorial.id}` });
    expect(detail.json().captions).toEqual([{ language: "en", url: `${url}?v=3` }]);
  });

  it("takes a poster only when its bytes are an image", async () => {
    const { tutorial, agent } = await withVideo();
    const url = `/api/v1/tutorials/${tutorial.id}/poster`;
    const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const refused = await upload(http.app, { url, as: agent, filename: "poster.png", bytes: svg, method: "PUT" });
    expect(refused.json()).toMatchObject({ code: "POSTER_TYPE_REFUSED" });
    const saved = await upload(http.app, { url, as: agent, filename: "poster.png", bytes: png, method: "PUT" });
    expect(saved.statusCode, saved.body).toBe(200);
    const served = await call(http.app, { method: "GET", url: saved.json().posterUrl });
    expect(served.headers["content-type"]).toBe("image/png");
  });

  it("lets only staff upload; the video follows the tutorial's audience and visibility", async () => {
    const { w, url, tutorial } = await withVideo();
    const requester = await sessionFor(ctx.deps, w.requester.personId);
    const refused = await upload(http.app, {
      url,
      as: requester,
      filename: "x.webm",
      bytes: webmBytes(100),
      method: "PUT",
    });
    expect(refused.statusCode).toBe(403);
    await ctx.deps.db.update(tutorials).set({ visibility: "signed_in" });
    expect((await call(http.app, { method: "GET", url })).statusCode).toBe(404);
    expect((await call(http.app, { method: "GET", url, as: requester })).statusCode).toBe(200);
    await ctx.deps.db.update(tutorials).set({ audiences: ["agents"] });
    expect((await call(http.app, { method: "GET", url, as: requester })).statusCode).toBe(404);
    const manager = await sessionFor(ctx.deps, (await buildPerson(ctx.deps, w.provider.id, "manager")).id);
    expect((await call(http.app, { method: "GET", url, as: manager })).statusCode).toBe(200);
    expect(tutorial.id).toBeTruthy();
  });
});
