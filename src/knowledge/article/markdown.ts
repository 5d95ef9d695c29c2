// Articles are written in Markdown by staff and imported from files, and read by anyone: what leaves as HTML is
// rendered by markdown-it with raw HTML off (typed tags come out as text) and then passed through sanitize-html,
// so neither a <script> nor a javascript: link nor an on* attribute survives, whatever the renderer lets through.
import MarkdownIt from "markdown-it";
import sanitizeHtml from "sanitize-html";

const renderer = new MarkdownIt({ html: false, linkify: true, typographer: false });

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags:
    "h1 h2 h3 h4 h5 h6 p br hr blockquote pre code em strong del s ul ol li a img table thead tbody tr th td".split(
      " ",
    ),
  allowedAttributes: {
    a: ["href", "title", "rel", "target"],
    img: ["src", "alt", "title"],
    ol: ["start"],
    th: ["style"],
    td: ["style"],
  },
  allowedStyles: { "*": { "text-align": [/^(left|right|center)$/] } },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href", "src"],
  // Relative links (an imported image's /api/v1/public/kb/images/… address, another article) stay.
  allowProtocolRelative: false,
  transformTags: {
    // Links leave the help desk in a new tab without handing it the opener.
    a: (tagName, attribs) => ({
      tagName,
      attribs: /^https?:/i.test(attribs.href ?? "")
        ? { ...attribs, rel: "noopener noreferrer", target: "_blank" }
        : attribs,
    }),
  },
};

/** An article's Markdown as safe HTML: rendered, then sanitised (scripts, handlers and script URLs removed). */
export function renderMarkdown(markdown: string): string {
  return sanitizeHtml(renderer.render(markdown), ALLOWED);
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: " " };

/** An article's Markdown as plain text (what search ranks and quotes): rendered, every tag dropped, blocks spaced. */
export function markdownText(markdown: string): string {
  const html = renderer.render(markdown).replace(/<\/(p|h[1-6]|li|tr|pre|blockquote)>|<br\s*\/?>/g, "$&\n");
  const text = sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} });
  return text
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name]!)
    .replace(/[ \t]+/g, " ")
    .replace(/\n\s*\n+/g, "\n")
    .trim();
}
