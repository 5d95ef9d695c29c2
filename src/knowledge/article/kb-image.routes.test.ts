import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildWorkspace } from "../../../test/support/factories.ts";
import { call, sessionFor, tokenFor, withApp } from "../../../test/support/http.ts";
import type { ContentVisibility, KnowledgeAudience } from "../../shared/enums.ts";
import { createArticle } from "./create-article.ts";
import { insertKbImageRow, KB_IMAGE_PATH } from "./kb-image.store.ts";

// The smallest PNG: a 1×1 transparent pixel.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);

describeEachEngine(
  "GET /api/v1/public/kb/images/:id: an image under the read rule of the articles showing it",
  (ctx) => {
    const http = withApp(ctx);

    async function desk() {
      const w = await buildWorkspace(ctx.deps);
      let n = 0;
      /** An image shown by one article of this reach (a second, different picture each time). */
      const imageIn = async (
        reach: { visibility: ContentVisibility; audiences: KnowledgeAudience[]; status: "draft" | "published" } | null,
      ) => {
        const bytes = Buffer.concat([PNG, Buffer.from([n++])]);
        const { key } = await ctx.deps.storage.put(bytes);
        const image = await insertKbImageRow(ctx.deps.db, {
          sha256: `sha-${n}-${Date.now()}`,
          storageKey: key,
          contentType: "image/png",
          fileName: "shot.png",
          size: bytes.length,
          createdAt: new Date(),
        });
        if (reach)
          await createArticle(ctx.deps, w.agent, {
            title: `Article ${n}`,
            body: `Look:\n\n![shot](${KB_IMAGE_PATH}${image.id})\n`,
            language: "en",
            tags: [],
            ...reach,
          });
        return `${KB_IMAGE_PATH}${image.id}`;
      };
      return {
        w,
        imageIn,
        agent: await sessionFor(ctx.deps, w.agent.personId),
        requester: await sessionFor(ctx.deps, w.requester.personId),
      };
    }
    const status = async (url: string, as?: Awaited<ReturnType<typeof sessionFor>> | string) =>
      (await call(http.app, { method: "GET", url, ...(as ? { as } : {}) })).statusCode;

    it("serves a public article's image to anyone, cacheable by anyone", async () => {
      const d = await desk();
      const url = await d.imageIn({ visibility: "public", audiences: ["current"], status: "published" });
      const res = await call(http.app, { method: "GET", url });
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toBe("image/png");
      expect(res.headers["cache-control"]).toBe("public, max-age=86400, immutable");
      expect(res.rawPayload.subarray(0, PNG.length)).toEqual(PNG);
      for (const who of [d.agent, d.requester]) expect(await status(url, who)).toBe(200);
    });

    it("serves a signed-in article's image to signed-in readers only, kept out of shared caches", async () => {
      const d = await desk();
      const url = await d.imageIn({ visibility: "signed_in", audiences: ["new", "current"], status: "published" });
      expect(await status(url)).toBe(404);
      const res = await call(http.app, { method: "GET", url, as: d.requester });
      expect(res.statusCode).toBe(200);
      expect(res.headers["cache-control"]).toBe("private, max-age=300");
      expect(await status(url, d.agent)).toBe(200);
      expect(await status(url, await tokenFor(ctx.deps, d.w.requester.personId, ["tickets:read"]))).toBe(200);
    });

    it("serves an agents-only article's image and a draft's only to staff", async () => {
      const d = await desk();
      const staffOnly = await d.imageIn({ visibility: "public", audiences: ["agents"], status: "published" });
      const draft = await d.imageIn({ visibility: "public", audiences: ["current"], status: "draft" });
      for (const url of [staffOnly, draft]) {
        expect(await status(url)).toBe(404);
        expect(await status(url, d.requester)).toBe(404);
        expect(await status(url, d.agent)).toBe(200);
      }
    });

    it("serves an image once any article showing it may be read, and an unknown id or one no article shows to staff only", async () => {
      const d = await desk();
      const url = await d.imageIn({ visibility: "public", audiences: ["agents"], status: "published" });
      await createArticle(ctx.deps, d.w.agent, {
        title: "Also shows it",
        body: `![again](${url})`,
        language: "en",
        tags: [],
        visibility: "public",
        audiences: ["new"],
        status: "published",
      });
      expect(await status(url)).toBe(200);
      const orphan = await d.imageIn(null);
      expect(await status(orphan)).toBe(404);
      expect(await status(orphan, d.requester)).toBe(404);
      expect(await status(orphan, d.agent)).toBe(200);
      const unknown = await call(http.app, {
        method: "GET",
        url: `${KB_IMAGE_PATH}00000000-0000-4000-8000-000000000000`,
      });
      expect(unknown.json()).toMatchObject({ status: 404, code: "KB_IMAGE_NOT_FOUND" });
    });
  },
);
