import { check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { organizations, people } from "../../identity/identity.tables.ts";
import { KNOWLEDGE_AUDIENCES } from "../../shared/enums.ts";
import { articles } from "../article/article.tables.ts";
import { tutorials } from "../tutorial/tutorial.tables.ts";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/**
 * The onboarding path of one organization's people, or of an audience (the fallback for organizations without one
 * of their own). Exactly one of the two is set, and each has at most one path.
 */
export const onboardingPaths = pgTable(
  "onboarding_paths",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    title: text("title").notNull(),
    organizationId: uuid("organization_id").references(() => organizations.id),
    audience: text("audience", { enum: KNOWLEDGE_AUDIENCES }),
    updatedAt: at("updated_at").notNull(),
  },
  (t) => [
    uniqueIndex("onboarding_paths_organization_key").on(t.organizationId),
    uniqueIndex("onboarding_paths_audience_key").on(t.audience),
    check("onboarding_paths_one_owner", sql`(${t.organizationId} is null) <> (${t.audience} is null)`),
  ],
);

/**
 * A step of a path, in order: a tutorial or an article, exactly one of the two ids set (as in `playlist_items`).
 * Deleting the tutorial or article deletes the step; the people's progress on it stays as history.
 */
export const onboardingPathItems = pgTable(
  "onboarding_path_items",
  {
    pathId: uuid("path_id")
      .notNull()
      .references(() => onboardingPaths.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    kind: text("kind", { enum: ["tutorial", "article"] }).notNull(),
    tutorialId: uuid("tutorial_id").references(() => tutorials.id, { onDelete: "cascade" }),
    articleId: uuid("article_id").references(() => articles.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.pathId, t.position] }),
    index("onboarding_path_items_tutorial_idx").on(t.tutorialId),
    index("onboarding_path_items_article_idx").on(t.articleId),
    check(
      "onboarding_path_items_one_target",
      sql`(${t.kind} = 'tutorial' and ${t.tutorialId} is not null and ${t.articleId} is null) or (${t.kind} = 'article' and ${t.articleId} is not null and ${t.tutorialId} is null)`,
    ),
  ],
);

/** How far one person got with one item: opened, watched to the end (tutorials), marked done. */
export const onboardingProgress = pgTable(
  "onboarding_progress",
  {
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    kind: text("kind", { enum: ["tutorial", "article"] }).notNull(),
    itemId: uuid("item_id").notNull(),
    openedAt: at("opened_at"),
    watchedAt: at("watched_at"),
    doneAt: at("done_at"),
  },
  (t) => [primaryKey({ columns: [t.personId, t.kind, t.itemId] })],
);
