import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { Deps } from "../../context.ts";
import { actorOf } from "../../identity/session.routes.ts";
import { problem } from "../../platform/http/problem.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { CONTENT_LANGUAGES } from "../../shared/enums.ts";
import { storableText } from "../../shared/storable-text.ts";
import { ifRangeHolds, resolveRange, type RangeAnswer } from "./byte-range.ts";
import { getTutorial } from "./get-tutorial.ts";
import { setTutorialCaptions } from "./set-tutorial-captions.ts";
import { setTutorialPoster } from "./set-tutorial-poster.ts";
import { tutorialError } from "./tutorial.errors.ts";
import { authorizeEditLearning } from "./tutorial.policy.ts";
import { presentTutorial, TutorialDto } from "./tutorial.present.ts";
import { TutorialRef } from "./tutorial.routes.ts";
import { findCaptions, type TutorialRow } from "./tutorial.store.ts";
import { CAPTIONS_MAX_CHARS } from "./webvtt.ts";
import { uploadTutorialVideo } from "./upload-tutorial-video.ts";

const CaptionsRef = TutorialRef.extend({ language: z.enum(CONTENT_LANGUAGES) });

/** The file part of a multipart/form-data upload, refused as the file field's problem when it is not one. */
async function filePart(request: FastifyRequest, maxBytes: number) {
  if (!request.isMultipart()) throw tutorialError("VIDEO_FILE_MISSING", "body.file");
  // One byte over the limit, so an upload of exactly the limit is not cut short and anything bigger is seen.
  const part = await request.file({ limits: { fileSize: maxBytes + 1 } }).catch(() => undefined);
  if (!part) throw tutorialError("VIDEO_FILE_MISSING", "body.file");
  return part;
}

/**
 * Sends the uploaded video, or the part of it a Range header asks for (RFC 9110 §14): 206 with Content-Range for
 * one satisfiable range, 416 with `Content-Range: bytes *\/size` for a range past the end, the whole file (200)
 * when there is no Range, when it is malformed or asks for several ranges, or when If-Range no longer holds.
 * The bytes stream from storage; the file is never read into memory whole.
 */
function sendVideo(deps: Deps, request: FastifyRequest, reply: FastifyReply, tutorial: TutorialRow) {
  if (!tutorial.videoStorageKey || tutorial.videoSize === null) throw tutorialError("TUTORIAL_NO_VIDEO", "params.id");
  const size = tutorial.videoSize;
  const etag = `"${tutorial.videoSha256}"`;
  const modified = tutorial.videoUpdatedAt ?? tutorial.updatedAt;
  reply
    .header("accept-ranges", "bytes")
    .header("etag", etag)
    .header("last-modified", modified.toUTCString())
    .header("cache-control", tutorial.visibility === "public" ? "public, no-cache" : "private, no-cache")
    .header("x-content-type-options", "nosniff");
  if (request.headers["if-none-match"] === etag) return reply.status(304).send();
  const ifRange = request.headers["if-range"];
  const range: RangeAnswer = ifRangeHolds(typeof ifRange === "string" ? ifRange : undefined, etag, modified)
    ? resolveRange(request.headers.range, size)
    : { kind: "full" };
  if (range.kind === "unsatisfiable")
    return reply
      .status(416)
      .header("content-range", `bytes */${size}`)
      .type("application/problem+json")
      .send(problem(416, "RANGE_NOT_SATISFIABLE", `The video is ${size} bytes long; that range lies outside it.`));
  reply.type(tutorial.videoContentType ?? "application/octet-stream");
  if (range.kind === "full")
    return reply.header("content-length", size).send(deps.storage.stream(tutorial.videoStorageKey));
  return reply
    .status(206)
    .header("content-range", `bytes ${range.start}-${range.end}/${size}`)
    .header("content-length", range.end - range.start + 1)
    .send(deps.storage.stream(tutorial.videoStorageKey, range));
}

/** A tutorial's media: the video (uploaded, then streamed with range requests), its poster and its captions. */
export async function tutorialMediaRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["knowledge"];
  const openRead = { public: true, signInOptional: true } as const;
  const anyone: Array<Record<string, string[]>> = [{}, { session: [] }, { bearer: [] }];

  app.put(
    "/api/v1/tutorials/:id/video",
    {
      schema: {
        tags,
        summary: `Upload the tutorial's video (multipart/form-data, field \`file\`; MP4, WebM, Ogg or QuickTime up to TUTORIAL_VIDEO_MAX_BYTES); it replaces any earlier video or link`,
        params: TutorialRef,
        response: { 200: TutorialDto },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorizeEditLearning(actor); // refused, or not found, before reading a file we would not keep
      await getTutorial(deps, actor, request.params.id);
      const part = await filePart(request, deps.config.TUTORIAL_VIDEO_MAX_BYTES);
      await uploadTutorialVideo(deps, actor, request.params.id, part.file);
      const { tutorial, captions } = await getTutorial(deps, actor, request.params.id);
      return presentTutorial(tutorial, captions, actor);
    },
  );

  app.get(
    "/api/v1/tutorials/:id/video",
    {
      config: openRead,
      schema: {
        tags,
        summary:
          "Stream the video: Range requests answer 206 (one range; a malformed or multi-range header is ignored, 200), 416 past the end",
        security: anyone,
        params: TutorialRef,
      },
    },
    async (request, reply) =>
      sendVideo(deps, request, reply, (await getTutorial(deps, request.actor, request.params.id)).tutorial),
  );

  app.put(
    "/api/v1/tutorials/:id/poster",
    {
      schema: {
        tags,
        summary: "Set the poster image (multipart/form-data, field `file`; PNG, JPEG, WebP or GIF)",
        params: TutorialRef,
        response: { 200: TutorialDto },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorizeEditLearning(actor);
      const part = await filePart(request, deps.config.ATTACHMENT_MAX_BYTES);
      await setTutorialPoster(deps, actor, request.params.id, await part.toBuffer());
      const { tutorial, captions } = await getTutorial(deps, actor, request.params.id);
      return presentTutorial(tutorial, captions, actor);
    },
  );

  app.get(
    "/api/v1/tutorials/:id/poster",
    { config: openRead, schema: { tags, summary: "The poster image", security: anyone, params: TutorialRef } },
    async (request, reply) => {
      const { tutorial } = await getTutorial(deps, request.actor, request.params.id);
      if (!tutorial.posterStorageKey) throw tutorialError("TUTORIAL_NOT_FOUND", "params.id");
      return reply
        .type(tutorial.posterContentType ?? "application/octet-stream")
        .header("x-content-type-options", "nosniff")
        .send(deps.storage.stream(tutorial.posterStorageKey));
    },
  );

  app.put(
    "/api/v1/tutorials/:id/captions/:language",
    {
      schema: {
        tags,
        summary: "Set the captions in one language from a WebVTT file (markup and scripts are removed)",
        params: CaptionsRef,
        body: z.strictObject({ vtt: storableText().max(CAPTIONS_MAX_CHARS).describe("The WebVTT file's text") }),
        response: { 200: z.object({ language: z.enum(CONTENT_LANGUAGES), cues: z.number().int() }) },
      },
    },
    async (request) => {
      const { id, language } = request.params;
      const saved = await setTutorialCaptions(deps, actorOf(request), id, language, request.body.vtt);
      return { language, cues: saved.cues };
    },
  );

  app.get(
    "/api/v1/tutorials/:id/captions/:language",
    {
      config: openRead,
      schema: { tags, summary: "The captions as WebVTT (text/vtt)", security: anyone, params: CaptionsRef },
    },
    async (request, reply) => {
      await getTutorial(deps, request.actor, request.params.id);
      const captions = await findCaptions(deps.db, request.params.id, request.params.language);
      if (!captions) throw tutorialError("CAPTIONS_NOT_FOUND", "params.language");
      return reply.type("text/vtt; charset=utf-8").header("x-content-type-options", "nosniff").send(captions.vtt);
    },
  );
}
