import { createElement, useMemo, type ReactNode } from "react";
import { ALLOWED_TAGS, VOID_TAGS, safeUrl, textAlignOf } from "./safeHtml.ts";

function propsOf(element: Element, key: number): Record<string, unknown> {
  const tag = element.tagName.toLowerCase();
  const props: Record<string, unknown> = { key };
  const title = element.getAttribute("title");
  if (title) props.title = title;
  if (tag === "a") {
    const href = safeUrl(element.getAttribute("href"));
    if (href) props.href = href;
    if (href && /^https?:/i.test(href)) {
      props.target = "_blank";
      props.rel = "noopener noreferrer";
    }
  }
  if (tag === "img") {
    const src = safeUrl(element.getAttribute("src"));
    if (src) props.src = src;
    props.alt = element.getAttribute("alt") ?? "";
  }
  if (tag === "ol") {
    const start = Number(element.getAttribute("start"));
    if (Number.isInteger(start)) props.start = start;
  }
  if (tag === "th" || tag === "td") {
    const align = textAlignOf(element.getAttribute("style"));
    if (align) props.style = { textAlign: align };
  }
  return props;
}

function toReact(node: Node, key: number): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const element = node as Element;
  const tag = element.tagName.toLowerCase();
  const children = Array.from(element.childNodes, (child, i) => toReact(child, i));
  // An unexpected tag is dropped but its text kept, as the server's sanitiser does.
  if (!ALLOWED_TAGS.has(tag)) return children;
  return VOID_TAGS.has(tag)
    ? createElement(tag, propsOf(element, key))
    : createElement(tag, propsOf(element, key), ...children);
}

/** An article's server-rendered, sanitised HTML shown as React elements (see safeHtml.ts for why not as HTML). */
export function RenderedHtml({ html, lang, dir }: { html: string; lang: string; dir: "ltr" | "rtl" }) {
  const content = useMemo(() => {
    const doc = new DOMParser().parseFromString(html, "text/html");
    return Array.from(doc.body.childNodes, (node, i) => toReact(node, i));
  }, [html]);
  return (
    <div className="kb-rendered" lang={lang} dir={dir}>
      {content}
    </div>
  );
}
