import { sql } from "drizzle-orm";
import {
  boolean,
  customType,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { people } from "../../identity/identity.tables.ts";
import type { ArticleStatus, ContentLanguage, ContentVisibility, KnowledgeAudience } from "../../shared/enums.ts";
import { tickets } from "../../tickets/ticket.tables.ts";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** PostgreSQL's tsvector, written by the store from the article's text (never read back into TypeScript). */
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/** Knowledge base categories, apart from ticket categories (a portal shelf is not a routing rule). */
export const kbCategories = pgTable(
  "kb_categories",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    name: text("name").notNull(),
    /** The Urdu name shown to people reading in Urdu, when someone wrote one. */
    nameUr: text("name_ur"),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("kb_categories_name_key").on(sql`lower(${t.name})`)],
);

/**
 * One language version of an article. The English and Urdu versions of one article share `key` (the stable name
 * an import file carries); each has its own versions, status and counters.
 */
export const articles = pgTable(
  "kb_articles",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    key: text("key").notNull(),
    language: text("language").$type<ContentLanguage>().notNull(),
    title: text("title").notNull(),
    /** The Markdown as written; rendered and sanitised on the way out. */
    body: text("body").notNull(),
    /** The body as plain text (rendered, tags stripped): what search ranks and quotes. */
    bodyText: text("body_text").notNull(),
    categoryId: uuid("category_id").references(() => kbCategories.id, { onDelete: "set null" }),
    audiences: text("audiences").array().$type<KnowledgeAudience[]>().notNull(),
    tags: text("tags").array().$type<string[]>().notNull(),
    visibility: text("visibility").$type<ContentVisibility>().notNull(),
    status: text("status").$type<ArticleStatus>().notNull(),
    ownerId: uuid("owner_id").references(() => people.id, { onDelete: "set null" }),
    /** The day by which the owner should re-read the article; after it the article is overdue. */
    reviewBy: date("review_by", { mode: "string" }),
    /** When the owner was told the review is overdue (once per review-by date). */
    reviewNotifiedAt: at("review_notified_at"),
    /** Number of versions written; a change names the version it read (409 when stale). */
    version: integer("version").notNull(),
    viewCount: integer("view_count").notNull().default(0),
    searchVector: tsvector("search_vector").notNull(),
    createdAt: at("created_at").notNull(),
    updatedAt: at("updated_at").notNull(),
    publishedAt: at("published_at"),
  },
  (t) => [
    uniqueIndex("kb_articles_key_language_key").on(t.key, t.language),
    index("kb_articles_search_idx").using("gin", t.searchVector),
    // Search finds published articles, each language by its own query (search-articles.store.ts): one index per
    // part, so a word's matches in the other language, or in drafts, are never read.
    index("kb_articles_search_published_ur_idx")
      .using("gin", t.searchVector)
      .where(sql`${t.status} = 'published' and ${t.language} = 'ur'`),
    index("kb_articles_search_published_other_idx")
      .using("gin", t.searchVector)
      .where(sql`${t.status} = 'published' and ${t.language} <> 'ur'`),
    // Typo tolerance: titles close to a misspelt query (pg_trgm similarity) are found through this index.
    index("kb_articles_title_trgm_idx").using("gin", t.title.op("gin_trgm_ops")),
    index("kb_articles_category_idx").on(t.categoryId),
    index("kb_articles_review_idx").on(t.reviewBy),
    // Search ranks the most recently updated matches of a common word (search-articles.store.ts).
    index("kb_articles_updated_idx").on(t.updatedAt),
  ],
);

/** Every version of an article as it was saved: history, diff and restore read these. */
export const articleVersions = pgTable(
  "kb_article_versions",
  {
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    categoryId: uuid("category_id"),
    audiences: text("audiences").array().$type<KnowledgeAudience[]>().notNull(),
    tags: text("tags").array().$type<string[]>().notNull(),
    visibility: text("visibility").$type<ContentVisibility>().notNull(),
    status: text("status").$type<ArticleStatus>().notNull(),
    editedBy: uuid("edited_by").references(() => people.id, { onDelete: "set null" }),
    /** What the editor said about the change ("restored version 2", "fixed the VPN address"). */
    note: text("note").notNull().default(""),
    createdAt: at("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.version] })],
);

/** "Was this helpful?": one answer per person and article (answering again replaces it). */
export const articleFeedback = pgTable(
  "kb_article_feedback",
  {
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    helpful: boolean("helpful").notNull(),
    comment: text("comment").notNull().default(""),
    createdAt: at("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.personId] })],
);

/**
 * A request someone started in the portal, then left after opening a suggested article: counted once per draft
 * (the id the portal made for the draft is the key, so a retry or a second article opened adds nothing).
 */
export const articleDeflections = pgTable(
  "kb_deflections",
  {
    draftId: uuid("draft_id").primaryKey(),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    createdAt: at("created_at").notNull(),
  },
  (t) => [index("kb_deflections_article_idx").on(t.articleId)],
);

/** Articles an agent linked to a ticket (sent, or worth reading for it). */
export const ticketArticles = pgTable(
  "kb_ticket_articles",
  {
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id, { onDelete: "cascade" }),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    linkedBy: uuid("linked_by").references(() => people.id, { onDelete: "set null" }),
    createdAt: at("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.ticketId, t.articleId] }), index("kb_ticket_articles_article_idx").on(t.articleId)],
);

/**
 * Images articles show (imported with their Markdown), kept in attachment storage; one row per distinct content, so
 * re-importing the same picture reuses it.
 */
export const kbImages = pgTable("kb_images", {
  id: uuid("id")
    .primaryKey()
    .default(sql`gen_random_uuid()`),
  sha256: text("sha256").notNull().unique(),
  storageKey: text("storage_key").notNull(),
  contentType: text("content_type").notNull(),
  fileName: text("file_name").notNull(),
  size: integer("size").notNull(),
  createdAt: at("created_at").notNull(),
});
