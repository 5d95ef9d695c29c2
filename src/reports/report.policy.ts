import { hasScope, type Actor } from "../identity/actor.ts";
import { identityError } from "../identity/identity.errors.ts";
import { reportError } from "./reports.errors.ts";

/** What can be read of the reports: the indicators, and a past period replayed under a draft SLA (what-if). */
export type ReportAction = "indicators.read" | "whatIf.read";

/** The part of the help desk a report asks about (filters that decide whose figures they are). */
export type ReportSubject = { agentId?: string; groupId?: string };

/**
 * Who sees which figures: managers and admins every ticket's; agents their own and their groups' (a report for
 * themselves or one of their groups, or by default everything they hold or their groups hold); requesters none.
 * Deny by default: a role not named here sees nothing.
 */
export function reportScope(actor: Actor, action: ReportAction, subject: ReportSubject): "all" | "own" | "denied" {
  if (!hasScope(actor, "tickets:read")) return "denied";
  // A what-if replays every ticket of the period under a draft policy: the workspace's figures, so managers' and admins'.
  if (action === "whatIf.read") return actor.role === "admin" || actor.role === "manager" ? "all" : "denied";
  switch (actor.role) {
    case "admin":
    case "manager":
      return "all";
    case "agent": {
      if (subject.agentId !== undefined && subject.agentId !== actor.personId) return "denied";
      if (subject.groupId !== undefined && !actor.groupIds.includes(subject.groupId)) return "denied";
      return "own";
    }
    default:
      return "denied";
  }
}

/** Throws unless the actor may read the report; returns whether it covers every ticket or only the agent's own and groups'. */
export function authorizeReport(actor: Actor, action: ReportAction, subject: ReportSubject): "all" | "own" {
  const scope = reportScope(actor, action, subject);
  if (scope !== "denied") return scope;
  if (actor.role !== "agent" || action === "whatIf.read")
    throw identityError(hasScope(actor, "tickets:read") ? "FORBIDDEN" : "SCOPE_MISSING");
  if (!hasScope(actor, "tickets:read")) throw identityError("SCOPE_MISSING");
  const someoneElse = subject.agentId !== undefined && subject.agentId !== actor.personId;
  throw reportError("REPORT_SCOPE_FORBIDDEN", someoneElse ? "query.agentId" : "query.groupId");
}
