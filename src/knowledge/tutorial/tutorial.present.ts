import { z } from "zod";
import type { Actor } from "../../identity/actor.ts";
import { CONTENT_LANGUAGES, CONTENT_VISIBILITIES, KNOWLEDGE_AUDIENCES } from "../../shared/enums.ts";
import { normaliseEmbedUrl } from "./tutorial.ts";
import { canEditLearning } from "./tutorial.policy.ts";
import type { TutorialRow } from "./tutorial.store.ts";

const Video = z
  .discriminatedUnion("kind", [
    z.object({
      kind: z.literal("upload"),
      contentType: z.string(),
      size: z.number().int(),
      url: z.string().describe("Streams with range requests (206, Accept-Ranges)"),
    }),
    z.object({
      kind: z.literal("embed"),
      provider: z.enum(["youtube", "vimeo", "link"]).describe("youtube and vimeo play in their player; link opens"),
      url: z.string(),
    }),
  ])
  .nullable()
  .describe("Null until a video is uploaded or linked");

export const TutorialSummaryDto = z
  .object({
    id: z.uuid(),
    pairKey: z.uuid().describe("Shared by the English and Urdu versions of one tutorial"),
    language: z.enum(CONTENT_LANGUAGES),
    title: z.string(),
    description: z.string(),
    audiences: z.array(z.enum(KNOWLEDGE_AUDIENCES)),
    visibility: z.enum(CONTENT_VISIBILITIES),
    status: z.enum(["draft", "published"]),
    ownerId: z.uuid(),
    video: Video,
    posterUrl: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "TutorialSummary" });

export const TutorialDto = TutorialSummaryDto.extend({
  chapters: z.array(z.object({ title: z.string(), startSeconds: z.number() })),
  captions: z
    .array(z.object({ language: z.enum(CONTENT_LANGUAGES), url: z.string() }))
    .describe("WebVTT tracks for <track>"),
  abilities: z.object({ edit: z.boolean() }),
}).meta({ id: "Tutorial" });

function video(t: TutorialRow): z.infer<typeof Video> {
  if (t.videoStorageKey && t.videoContentType && t.videoSize !== null)
    return {
      kind: "upload",
      contentType: t.videoContentType,
      size: t.videoSize,
      url: `/api/v1/tutorials/${t.id}/video`,
    };
  if (t.embedUrl) {
    const embed = normaliseEmbedUrl(t.embedUrl);
    if (embed.ok) return { kind: "embed", ...embed.embed };
  }
  return null;
}

export function presentTutorialSummary(t: TutorialRow): z.infer<typeof TutorialSummaryDto> {
  return {
    id: t.id,
    pairKey: t.pairKey,
    language: t.language,
    title: t.title,
    description: t.description,
    audiences: [...t.audiences],
    visibility: t.visibility,
    status: t.status,
    ownerId: t.ownerId,
    video: video(t),
    // The version in the address makes a new poster a new URL, so browsers may cache each one.
    posterUrl: t.posterStorageKey ? `/api/v1/tutorials/${t.id}/poster?v=${t.version}` : null,
    version: t.version,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
  };
}

export function presentTutorial(
  t: TutorialRow,
  captions: readonly (typeof CONTENT_LANGUAGES)[number][],
  actor: Actor | null,
): z.infer<typeof TutorialDto> {
  return {
    ...presentTutorialSummary(t),
    chapters: t.chapters,
    captions: captions.map((language) => ({
      language,
      url: `/api/v1/tutorials/${t.id}/captions/${language}?v=${t.version}`,
    })),
    abilities: { edit: actor !== null && canEditLearning(actor) },
  };
}
