import { createElement, Fragment, useMemo, type ReactNode } from "react";
import { planFor, safeProps, VOID_TAGS } from "./safe-html.ts";

/** React elements of a parsed node's children, by the allowlist in safe-html.ts (text stays text). */
function rebuild(parent: ParentNode): ReactNode[] {
  const out: ReactNode[] = [];
  parent.childNodes.forEach((node, index) => {
    if (node.nodeType === Node.TEXT_NODE) {
      out.push(node.textContent);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.tagName.toLowerCase();
    const plan = planFor(tag);
    if (plan === "drop") return;
    const children = VOID_TAGS.has(tag) ? [] : rebuild(element);
    if (plan === "unwrap") {
      out.push(createElement(Fragment, { key: index }, ...children));
      return;
    }
    const attributes = [...element.attributes].map((a) => [a.name, a.value] as const);
    out.push(createElement(tag, { key: index, ...safeProps(tag, attributes) }, ...children));
  });
  return out;
}

/**
 * An article's body: the server's sanitised HTML, parsed into an inert document (DOMParser runs no script and loads
 * nothing) and rebuilt as React elements, in the article's own language and direction.
 */
export function ArticleBody({ html, lang, dir }: { html: string; lang: string; dir: "ltr" | "rtl" }) {
  const content = useMemo(() => rebuild(new DOMParser().parseFromString(html, "text/html").body), [html]);
  return (
    <div className="article-body" lang={lang} dir={dir}>
      {content}
    </div>
  );
}
