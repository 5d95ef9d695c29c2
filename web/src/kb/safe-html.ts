// The article body arrives as HTML the server rendered from Markdown and sanitised. The web app never inserts HTML
// (scripts/web-rules.js forbids it): ArticleBody parses it into an inert document and rebuilds
// it as React elements from this allowlist — the server's own list — so even a sanitiser slip cannot run a script.

/** The elements an article may contain (as the server's sanitiser allows them); any other is left out. */
const TAGS = new Set(
  "h1 h2 h3 h4 h5 h6 p br hr blockquote pre code em strong del s ul ol li a img table thead tbody tr th td".split(" "),
);
/** Elements whose content is not text for readers: dropped with everything inside them. */
const DROPPED_WITH_CONTENT = new Set(["script", "style", "template", "iframe", "object", "embed", "noscript", "svg"]);
/** Elements without children (React refuses children on them). */
export const VOID_TAGS = new Set(["br", "hr", "img"]);

export type ElementPlan = "keep" | "unwrap" | "drop";

/** What becomes of an element: kept, replaced by its children (an unknown element), or dropped with its content. */
export function planFor(tag: string): ElementPlan {
  const name = tag.toLowerCase();
  if (TAGS.has(name)) return "keep";
  return DROPPED_WITH_CONTENT.has(name) ? "drop" : "unwrap";
}

/** An address safe to follow: http(s), mailto (links only), or one on this site ("/…", "#…"); never "//host". */
export function safeUrl(value: string, { mail }: { mail: boolean }): string | null {
  const url = value.trim();
  if (/^#/.test(url) || /^\/(?!\/)/.test(url)) return url;
  if (/^https?:\/\//i.test(url)) return url;
  if (mail && /^mailto:/i.test(url)) return url;
  return null;
}

const ALIGN = /^\s*text-align\s*:\s*(left|right|center)\s*;?\s*$/i;

export type SafeProps = {
  href?: string;
  src?: string;
  alt?: string;
  title?: string;
  rel?: string;
  target?: string;
  start?: number;
  style?: { textAlign: "left" | "right" | "center" };
};

/**
 * The React props of an allowed element from its attributes: only those the server allows on it, addresses only
 * when safe, a table cell's alignment only. A link leaving the site opens a new tab without handing it the opener.
 */
export function safeProps(tag: string, attributes: ReadonlyArray<readonly [string, string]>): SafeProps {
  const name = tag.toLowerCase();
  const props: SafeProps = {};
  for (const [rawKey, value] of attributes) {
    const key = rawKey.toLowerCase();
    if (name === "a" && key === "href") {
      const href = safeUrl(value, { mail: true });
      if (href) props.href = href;
    } else if (name === "img" && key === "src") {
      const src = safeUrl(value, { mail: false });
      if (src && !src.startsWith("#")) props.src = src;
    } else if (name === "img" && key === "alt") props.alt = value;
    else if ((name === "a" || name === "img") && key === "title") props.title = value;
    else if (name === "ol" && key === "start" && /^\d{1,6}$/.test(value)) props.start = Number(value);
    else if ((name === "th" || name === "td") && key === "style") {
      const align = ALIGN.exec(value)?.[1]?.toLowerCase();
      if (align) props.style = { textAlign: align as "left" | "right" | "center" };
    }
  }
  if (name === "a" && props.href && /^https?:/i.test(props.href)) {
    props.rel = "noopener noreferrer";
    props.target = "_blank";
  }
  if (name === "img" && props.alt === undefined) props.alt = "";
  return props;
}
