import { DomainError } from "../shared/errors.ts";

export type IdentityErrorCode =
  | "UNAUTHENTICATED"
  | "BAD_CREDENTIALS"
  | "CSRF_TOKEN_INVALID"
  | "FORBIDDEN"
  | "SCOPE_MISSING"
  | "PERSON_NOT_FOUND"
  | "ORGANIZATION_NOT_FOUND"
  | "GROUP_NOT_FOUND"
  | "TOKEN_NOT_FOUND"
  | "EMAIL_TAKEN"
  | "NAME_TAKEN"
  | "GROUP_LEAD_NOT_AGENT"
  | "MEMBER_NOT_AGENT"
  | "MANAGER_CYCLE"
  | "WEAK_PASSWORD"
  | "REFERENCE_NOT_FOUND"
  | "SCOPE_NOT_ALLOWED"
  | "INVALID_CURSOR"
  | "LAST_ADMIN"
  | "SIGN_IN_THROTTLED"
  | "CURRENT_PASSWORD_WRONG"
  | "SESSION_REQUIRED";

/** The user-facing sentence for each identity error; exhaustive. */
export function identityErrorMessage(code: IdentityErrorCode): string {
  switch (code) {
    case "UNAUTHENTICATED":
      return "Sign in, or send a valid API token.";
    case "BAD_CREDENTIALS":
      return "The email or password is wrong.";
    case "CSRF_TOKEN_INVALID":
      return "Missing or wrong x-csrf-token header for a signed-in change.";
    case "FORBIDDEN":
      return "You may not do that.";
    case "SCOPE_MISSING":
      return "The API token lacks the scope this needs.";
    case "PERSON_NOT_FOUND":
      return "No such person, or you may not see them.";
    case "ORGANIZATION_NOT_FOUND":
      return "No such organization, or you may not see it.";
    case "GROUP_NOT_FOUND":
      return "No such support group.";
    case "TOKEN_NOT_FOUND":
      return "No such API token.";
    case "EMAIL_TAKEN":
      return "Someone already uses that email address.";
    case "NAME_TAKEN":
      return "That name is already taken.";
    case "GROUP_LEAD_NOT_AGENT":
      return "A group lead must be an agent, manager or admin.";
    case "MEMBER_NOT_AGENT":
      return "Only agents, managers and admins can be members of support groups.";
    case "MANAGER_CYCLE":
      return "A person cannot be above themselves in the management chain.";
    case "WEAK_PASSWORD":
      return "Passwords need at least 10 characters.";
    case "REFERENCE_NOT_FOUND":
      return "It refers to something that does not exist.";
    case "SCOPE_NOT_ALLOWED":
      return "A token cannot carry a scope its owner or its issuer does not have.";
    case "INVALID_CURSOR":
      return "The cursor is not one this API returned.";
    case "LAST_ADMIN":
      return "This is the last active admin: make someone else an admin first.";
    case "SIGN_IN_THROTTLED":
      return "Too many failed sign-ins; wait a little and try again.";
    case "CURRENT_PASSWORD_WRONG":
      return "Your current password is wrong.";
    case "SESSION_REQUIRED":
      return "Change your password signed in with your password, not with an API token.";
  }
}

const KIND: Record<IdentityErrorCode, DomainError["kind"]> = {
  UNAUTHENTICATED: "unauthenticated",
  BAD_CREDENTIALS: "unauthenticated",
  CSRF_TOKEN_INVALID: "forbidden",
  FORBIDDEN: "forbidden",
  SCOPE_MISSING: "forbidden",
  PERSON_NOT_FOUND: "not_found",
  ORGANIZATION_NOT_FOUND: "not_found",
  GROUP_NOT_FOUND: "not_found",
  TOKEN_NOT_FOUND: "not_found",
  EMAIL_TAKEN: "conflict",
  NAME_TAKEN: "conflict",
  GROUP_LEAD_NOT_AGENT: "invalid",
  MEMBER_NOT_AGENT: "invalid",
  MANAGER_CYCLE: "invalid",
  WEAK_PASSWORD: "invalid",
  REFERENCE_NOT_FOUND: "invalid",
  SCOPE_NOT_ALLOWED: "forbidden",
  INVALID_CURSOR: "invalid",
  LAST_ADMIN: "conflict",
  SIGN_IN_THROTTLED: "rate_limited",
  CURRENT_PASSWORD_WRONG: "invalid",
  SESSION_REQUIRED: "forbidden",
};

/** Builds the DomainError for an identity code. */
export function identityError(code: IdentityErrorCode, field?: string, details?: Record<string, unknown>): DomainError {
  return new DomainError(KIND[code], code, identityErrorMessage(code), field, details);
}
