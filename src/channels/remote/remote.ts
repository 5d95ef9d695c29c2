/**
 * Remote-access rules (pure): launch links built from admin templates, and the consent a session needs before it
 * starts.
 */

/** The one placeholder a launch template may hold: the session's (or device's) id in the tool. */
export const LAUNCH_PLACEHOLDER = "{id}";

// Schemes that run code or carry a document in the browser: a link with one of them is never offered.
const DANGEROUS_SCHEMES = new Set(["javascript", "data", "vbscript", "file", "blob"]);

// Browsers drop ASCII tab/newline anywhere and control characters and spaces at the ends before reading a scheme.
const stripped = (url: string) => url.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+/, "");

/** The scheme a URL opens with ("rustdesk", "https"), lower-cased as browsers read it; null when it has none. */
export function schemeOf(url: string): string | null {
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(stripped(url));
  return match ? match[1]!.toLowerCase() : null;
}

export type TemplateProblem = "no_scheme" | "dangerous_scheme" | "unknown_placeholder" | "no_placeholder";

/**
 * What is wrong with a launch template, or null when it is fine. An empty template is fine (the tool has no link).
 * It must open with its own scheme (so a placeholder can never supply one), that scheme must not be one that runs
 * code in the browser (javascript:, data:, vbscript:, …), and `{id}` is the only placeholder.
 */
export function templateProblem(template: string): TemplateProblem | null {
  if (template === "") return null;
  const scheme = schemeOf(template);
  if (!scheme) return "no_scheme";
  if (DANGEROUS_SCHEMES.has(scheme)) return "dangerous_scheme";
  const placeholders = template.match(/\{[^}]*\}/g) ?? [];
  if (placeholders.some((p) => p !== LAUNCH_PLACEHOLDER)) return "unknown_placeholder";
  if (placeholders.length === 0) return "no_placeholder";
  return null;
}

/** The launch link for a session: the template with `{id}` URL-encoded in; null when the tool has no link. */
export function launchUrl(template: string, sessionRef: string): string | null {
  if (template === "" || templateProblem(template) !== null) return null;
  const url = template.split(LAUNCH_PLACEHOLDER).join(encodeURIComponent(sessionRef));
  // Belt and braces: whatever the template, a dangerous link is never handed out.
  const scheme = schemeOf(url);
  return scheme && !DANGEROUS_SCHEMES.has(scheme) ? url : null;
}

export type SessionFacts = {
  consentAt: Date | null;
  startedAt: Date | null;
  endedAt: Date | null;
};

export type SessionStatus = "awaiting_consent" | "consented" | "active" | "ended";

/** Where a session stands. */
export function sessionStatus(s: SessionFacts): SessionStatus {
  if (s.endedAt) return "ended";
  if (s.startedAt) return "active";
  return s.consentAt ? "consented" : "awaiting_consent";
}

/** Seconds a session ran (ended ones; an active one up to `now`). */
export function sessionSeconds(s: SessionFacts, now: Date): number {
  if (!s.startedAt) return 0;
  const end = s.endedAt ?? now;
  return Math.max(0, Math.round((end.getTime() - s.startedAt.getTime()) / 1000));
}
