import type { TokenScope } from "../shared/enums.ts";
import { hasScope, isStaff, type Actor } from "./actor.ts";
import { identityError } from "./identity.errors.ts";

/** What can be done to the workspace's directory and settings. */
export type DirectoryAction =
  | "organization.read"
  | "organization.write"
  | "person.read"
  | "person.write"
  | "group.read"
  | "group.write"
  | "category.read"
  | "category.write"
  | "routingRule.read"
  | "routingRule.write"
  | "priorityMatrix.read"
  | "priorityMatrix.write"
  | "token.read"
  | "token.write"
  | "audit.read";

export const DIRECTORY_ACTIONS: readonly DirectoryAction[] = [
  "organization.read",
  "organization.write",
  "person.read",
  "person.write",
  "group.read",
  "group.write",
  "category.read",
  "category.write",
  "routingRule.read",
  "routingRule.write",
  "priorityMatrix.read",
  "priorityMatrix.write",
  "token.read",
  "token.write",
  "audit.read",
];

/** The record an action touches, when it is about one: whose it is and where it belongs. */
export type DirectorySubject = { organizationId?: string; personId?: string };

export type Decision = "allow" | "scope_missing" | "forbidden";

// Categories and the matrix are reference data every ticket client needs, so any read scope opens them.
const REFERENCE_READ: readonly TokenScope[] = ["directory:read", "tickets:read", "tickets:write"];

function scopeAllows(actor: Actor, action: DirectoryAction): boolean {
  if (action === "category.read" || action === "priorityMatrix.read")
    return REFERENCE_READ.some((s) => hasScope(actor, s));
  return hasScope(actor, action.endsWith(".read") ? "directory:read" : "directory:write");
}

function roleAllows(actor: Actor, action: DirectoryAction, subject: DirectorySubject | undefined): boolean {
  const admin = actor.role === "admin";
  switch (action) {
    case "organization.read":
      // Without a subject the question is "may they list at all"; the store narrows the rows.
      return isStaff(actor) || subject?.organizationId === undefined || subject.organizationId === actor.organizationId;
    case "person.read":
      if (isStaff(actor) || subject === undefined) return true;
      return (
        subject.personId === actor.personId || (actor.orgManager && subject.organizationId === actor.organizationId)
      );
    case "group.read":
    case "routingRule.read":
      return isStaff(actor);
    case "category.read":
    case "priorityMatrix.read":
      return true;
    case "token.read":
    case "token.write":
      // Everyone manages their own tokens; only an admin those of others.
      return admin || subject?.personId === undefined || subject.personId === actor.personId;
    case "organization.write":
    case "person.write":
    case "group.write":
    case "category.write":
    case "routingRule.write":
    case "priorityMatrix.write":
    case "audit.read":
      return admin;
  }
}

/**
 * Who may do what to the directory and settings, deny by default: the credential must carry the scope
 * (directory:read for reads, directory:write for writes) and the role must allow it (writes are admin-only).
 */
export function decide(actor: Actor, action: DirectoryAction, subject?: DirectorySubject): Decision {
  if (!roleAllows(actor, action, subject)) return "forbidden";
  if (!scopeAllows(actor, action)) return "scope_missing";
  return "allow";
}

/** Whether the actor may take the action (on the subject, when there is one). */
export function can(actor: Actor, action: DirectoryAction, subject?: DirectorySubject): boolean {
  return decide(actor, action, subject) === "allow";
}

/** Throws FORBIDDEN or SCOPE_MISSING unless the actor may take the action. */
export function authorize(actor: Actor, action: DirectoryAction, subject?: DirectorySubject): void {
  const decision = decide(actor, action, subject);
  if (decision === "forbidden") throw identityError("FORBIDDEN");
  if (decision === "scope_missing") throw identityError("SCOPE_MISSING");
}
