import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import type { ContentLanguage, ContentVisibility, KnowledgeAudience } from "../../shared/enums.ts";
import { checkChapters, normaliseEmbedUrl } from "./tutorial.ts";
import { tutorialError } from "./tutorial.errors.ts";
import { authorizeEditLearning } from "./tutorial.policy.ts";
import { findTutorialUnscoped, insertTutorial, type TutorialRow } from "./tutorial.store.ts";
import type { Chapter } from "./tutorial.tables.ts";

/** What staff write about a tutorial; the video itself is uploaded separately, or given as `embedUrl`. */
export type TutorialInput = {
  title: string;
  description: string;
  language: ContentLanguage;
  audiences: KnowledgeAudience[];
  visibility: ContentVisibility;
  status: "draft" | "published";
  /** A link to an external video (https; YouTube and Vimeo links become their players); null for none. */
  embedUrl: string | null;
  chapters: Chapter[];
};

/** The stored form of the parts of the input that have rules: the embed link and the chapters. */
export function checkedTutorialFields(input: Pick<TutorialInput, "embedUrl" | "chapters">) {
  let embedUrl: string | null = null;
  if (input.embedUrl !== null) {
    const embed = normaliseEmbedUrl(input.embedUrl);
    if (!embed.ok) throw tutorialError("EMBED_URL_REFUSED", "body.embedUrl", embed.reason);
    embedUrl = embed.embed.url;
  }
  const order = checkChapters(input.chapters);
  if (order) throw tutorialError("CHAPTERS_OUT_OF_ORDER", "body.chapters", order);
  return { embedUrl, chapters: input.chapters };
}

/**
 * Creates a tutorial owned by its author. `translationOf` names the tutorial this one translates: both then share
 * a pair key (one version per language; a second version in the same language is a conflict).
 */
export async function createTutorial(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  input: TutorialInput & { translationOf?: string | undefined },
): Promise<TutorialRow> {
  authorizeEditLearning(actor);
  const checked = checkedTutorialFields(input);
  let pairKey: string | undefined;
  if (input.translationOf) {
    const original = await findTutorialUnscoped(deps.db, input.translationOf);
    if (!original) throw tutorialError("TUTORIAL_NOT_FOUND", "body.translationOf");
    pairKey = original.pairKey;
  }
  const now = deps.clock.now();
  const { translationOf: _, ...fields } = input;
  return insertTutorial(deps.db, {
    ...fields,
    ...checked,
    ...(pairKey ? { pairKey } : {}),
    ownerId: actor.personId,
    createdAt: now,
    updatedAt: now,
  });
}
