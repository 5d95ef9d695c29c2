/** The admin screens, in the order the sidebar and the overview list them. */
export const SECTIONS = [
  "calendars",
  "policies",
  "priority-matrix",
  "groups",
  "people",
  "organizations",
  "routing-rules",
  "categories",
  "tokens",
  "channels",
  "mail",
  "whatsapp",
  "remote-tools",
  "chat-channels",
  "canned-responses",
  "survey",
  "regular-surveys",
  "audit",
] as const;
export type Section = (typeof SECTIONS)[number];

/** "/admin/<section>/<id>" */
export const adminPath = (section: Section, ...rest: string[]) => ["/admin", section, ...rest].join("/");
