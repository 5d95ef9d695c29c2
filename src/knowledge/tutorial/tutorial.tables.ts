import {
  bigint,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { people } from "../../identity/identity.tables.ts";
import { CONTENT_LANGUAGES, CONTENT_VISIBILITIES, KNOWLEDGE_AUDIENCES } from "../../shared/enums.ts";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** A chapter of a tutorial's video: where it starts, in seconds from the beginning. */
export type Chapter = { title: string; startSeconds: number };

/**
 * A video tutorial: an uploaded video (its bytes in blob storage, streamed with range requests) or an embedded link
 * to an external player. The English and Urdu versions of one tutorial share a `pair_key`.
 */
export const tutorials = pgTable(
  "tutorials",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    pairKey: uuid("pair_key")
      .notNull()
      .default(sql`gen_random_uuid()`),
    language: text("language", { enum: CONTENT_LANGUAGES }).notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    audiences: text("audiences", { enum: KNOWLEDGE_AUDIENCES }).array().notNull(),
    visibility: text("visibility", { enum: CONTENT_VISIBILITIES }).notNull(),
    status: text("status", { enum: ["draft", "published"] })
      .notNull()
      .default("draft"),
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => people.id),
    /** An external player's embed address (https; YouTube and Vimeo normalised), when the video is not uploaded. */
    embedUrl: text("embed_url"),
    videoStorageKey: text("video_storage_key"),
    videoContentType: text("video_content_type"),
    videoSize: bigint("video_size", { mode: "number" }),
    videoSha256: text("video_sha256"),
    posterStorageKey: text("poster_storage_key"),
    posterContentType: text("poster_content_type"),
    chapters: jsonb("chapters").$type<Chapter[]>().notNull().default([]),
    /** Bumped on every change: the video's ETag and optimistic concurrency. */
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull(),
    updatedAt: at("updated_at").notNull(),
    /** When the video bytes last changed (Last-Modified of the stream). */
    videoUpdatedAt: at("video_updated_at"),
    /**
     * The search document: title (A), description (B), every caption track's text (C), in the tutorial's language's
     * configuration; rewritten by each write of those (refreshTutorialSearchVector, tutorial-search.store.ts).
     */
    searchVector: tsvector("search_vector")
      .notNull()
      .default(sql`''::tsvector`),
  },
  (t) => [
    uniqueIndex("tutorials_pair_language_key").on(t.pairKey, t.language),
    index("tutorials_status_idx").on(t.status, t.updatedAt),
    index("tutorials_search_idx").using("gin", t.searchVector),
  ],
);

/** A tutorial's captions in one language: the sanitised WebVTT served to players, and its cue text for search. */
export const tutorialCaptions = pgTable(
  "tutorial_captions",
  {
    tutorialId: uuid("tutorial_id")
      .notNull()
      .references(() => tutorials.id, { onDelete: "cascade" }),
    language: text("language", { enum: CONTENT_LANGUAGES }).notNull(),
    vtt: text("vtt").notNull(),
    cueText: text("cue_text").notNull(),
    updatedAt: at("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tutorialId, t.language] })],
);
