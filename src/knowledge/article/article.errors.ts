import { DomainError } from "../../shared/errors.ts";

/** Errors of the knowledge base's articles and their categories. */
export type ArticleErrorCode =
  | "ARTICLE_NOT_FOUND"
  | "ARTICLE_VERSION_NOT_FOUND"
  | "ARTICLE_VERSION_CONFLICT"
  | "ARTICLE_KEY_TAKEN"
  | "ARTICLE_OWNER_INVALID"
  | "KB_CATEGORY_NOT_FOUND"
  | "KB_CATEGORY_NAME_TAKEN"
  | "ARTICLE_NOT_PUBLISHED"
  | "KB_IMAGE_NOT_FOUND";

/** The user-facing sentence for each code; exhaustive so a new code cannot ship silent. */
export function articleErrorMessage(code: ArticleErrorCode): string {
  switch (code) {
    case "ARTICLE_NOT_FOUND":
      return "No such article.";
    case "ARTICLE_VERSION_NOT_FOUND":
      return "The article has no such version.";
    case "ARTICLE_VERSION_CONFLICT":
      return "Someone saved the article since you opened it; reload it and make your change again.";
    case "ARTICLE_KEY_TAKEN":
      return "An article with that key already exists in that language.";
    case "ARTICLE_OWNER_INVALID":
      return "An article's owner must be a staff member.";
    case "KB_CATEGORY_NOT_FOUND":
      return "No such knowledge base category.";
    case "KB_CATEGORY_NAME_TAKEN":
      return "A knowledge base category with that name already exists.";
    case "ARTICLE_NOT_PUBLISHED":
      return "Only a published article can be suggested, linked or rated.";
    case "KB_IMAGE_NOT_FOUND":
      return "No such image.";
  }
}

const KIND: Record<ArticleErrorCode, DomainError["kind"]> = {
  ARTICLE_NOT_FOUND: "not_found",
  ARTICLE_VERSION_NOT_FOUND: "not_found",
  ARTICLE_VERSION_CONFLICT: "conflict",
  ARTICLE_KEY_TAKEN: "conflict",
  ARTICLE_OWNER_INVALID: "invalid",
  KB_CATEGORY_NOT_FOUND: "invalid",
  KB_CATEGORY_NAME_TAKEN: "conflict",
  ARTICLE_NOT_PUBLISHED: "invalid",
  KB_IMAGE_NOT_FOUND: "not_found",
};

/** Builds the DomainError for a code, naming the input field when there is one. */
export function articleError(code: ArticleErrorCode, field?: string, details?: Record<string, unknown>): DomainError {
  return new DomainError(KIND[code], code, articleErrorMessage(code), field, details);
}
