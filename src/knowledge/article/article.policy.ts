import { hasScope, isStaff, type Actor } from "../../identity/actor.ts";
import { identityError } from "../../identity/identity.errors.ts";
import type { ArticleStatus, ContentVisibility, KnowledgeAudience, TokenScope } from "../../shared/enums.ts";

/** What can be done with knowledge base articles and their categories. */
export type ArticleAction =
  | "article.read" // one article (see canReadArticle for which)
  | "article.write" // write, edit, publish, restore; categories too
  | "article.feedback" // "was this helpful?"
  | "article.report"; // the owners' report: views, helpfulness, deflections

/** The parts of an article that decide who reads it. */
export type ArticleReach = {
  status: ArticleStatus;
  visibility: ContentVisibility;
  audiences: readonly KnowledgeAudience[];
};

/** Whether an article is meant for requesters at all: it names new or current employees (`agents` alone hides it). */
export function forEmployees(audiences: readonly KnowledgeAudience[]): boolean {
  return audiences.includes("new") || audiences.includes("current");
}

/**
 * The one read rule, deny by default: staff read every article, drafts included; a signed-in requester reads
 * published articles meant for employees; nobody signed in (null) only those that are also public.
 */
export function canReadArticle(actor: Actor | null, article: ArticleReach): boolean {
  if (actor && isStaff(actor)) return hasScope(actor, "tickets:read");
  if (article.status !== "published" || !forEmployees(article.audiences)) return false;
  if (!actor) return article.visibility === "public";
  return actor.role === "requester" && hasScope(actor, "tickets:read");
}

function roleAllows(actor: Actor, action: ArticleAction): boolean {
  switch (action) {
    case "article.read":
    case "article.feedback":
      return true;
    case "article.write":
    case "article.report":
      return isStaff(actor);
  }
}

const SCOPE: Record<ArticleAction, TokenScope> = {
  "article.read": "tickets:read",
  "article.feedback": "tickets:write",
  "article.write": "tickets:write",
  "article.report": "tickets:read",
};

/** Whether the actor may take the action (role and the credential's scope); for one article, see canReadArticle. */
export function canUseArticles(actor: Actor, action: ArticleAction): boolean {
  return roleAllows(actor, action) && hasScope(actor, SCOPE[action]);
}

/** Throws unless the actor may take the action: FORBIDDEN for the role, SCOPE_MISSING for a token without the scope. */
export function authorizeArticles(actor: Actor, action: ArticleAction): void {
  if (!roleAllows(actor, action)) throw identityError("FORBIDDEN");
  if (!hasScope(actor, SCOPE[action])) throw identityError("SCOPE_MISSING");
}
