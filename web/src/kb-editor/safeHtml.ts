// The server renders Markdown and sanitises it (src/knowledge/article/markdown.ts); the web app still never inserts
// HTML (scripts/web-rules.js): RenderedHtml rebuilds the answer as React elements, keeping only these tags and
// attributes, so even a fault in the server's sanitiser cannot run a script here.

/** The tags the server's renderer may produce, and only those. */
export const ALLOWED_TAGS = new Set(
  "h1 h2 h3 h4 h5 h6 p br hr blockquote pre code em strong del s ul ol li a img table thead tbody tr th td".split(" "),
);

/** Tags that never have children (React refuses children on them). */
export const VOID_TAGS = new Set(["br", "hr", "img"]);

/**
 * A link or image address that is safe to follow: http(s), mailto, or one on this site ("/…", "#…"); anything else
 * (javascript:, data:, protocol-relative "//host") is null.
 */
export function safeUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  const url = value.trim();
  if (url.startsWith("//")) return null;
  if (url.startsWith("/") || url.startsWith("#")) return url;
  return /^(https?:|mailto:)/i.test(url) ? url : null;
}

/** A table cell's alignment from its style attribute ("text-align:right"), the only style the server keeps. */
export function textAlignOf(style: string | null | undefined): "left" | "right" | "center" | undefined {
  const match = /text-align\s*:\s*(left|right|center)/i.exec(style ?? "");
  return match ? (match[1]!.toLowerCase() as "left" | "right" | "center") : undefined;
}
