import { check, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { people } from "../../identity/identity.tables.ts";
import { articles } from "../article/article.tables.ts";
import { tutorials } from "../tutorial/tutorial.tables.ts";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** An ordered list of tutorials and articles, kept by staff ("Your first week", "Working from home"). */
export const playlists = pgTable("playlists", {
  id: uuid("id")
    .primaryKey()
    .default(sql`gen_random_uuid()`),
  title: text("title").notNull(),
  description: text("description").notNull().default(""),
  ownerId: uuid("owner_id")
    .notNull()
    .references(() => people.id),
  createdAt: at("created_at").notNull(),
  updatedAt: at("updated_at").notNull(),
});

/**
 * One entry of a playlist: a tutorial or an article; exactly one of the two ids is set. Deleting the tutorial or
 * article deletes the entry (the playlist keeps its other entries, in their order); an article taken back to draft
 * stays in the list and is shown only to those who may read it.
 */
export const playlistItems = pgTable(
  "playlist_items",
  {
    playlistId: uuid("playlist_id")
      .notNull()
      .references(() => playlists.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    kind: text("kind", { enum: ["tutorial", "article"] }).notNull(),
    tutorialId: uuid("tutorial_id").references(() => tutorials.id, { onDelete: "cascade" }),
    articleId: uuid("article_id").references(() => articles.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.playlistId, t.position] }),
    index("playlist_items_tutorial_idx").on(t.tutorialId),
    index("playlist_items_article_idx").on(t.articleId),
    check(
      "playlist_items_one_target",
      sql`(${t.kind} = 'tutorial' and ${t.tutorialId} is not null and ${t.articleId} is null) or (${t.kind} = 'article' and ${t.articleId} is not null and ${t.tutorialId} is null)`,
    ),
  ],
);
