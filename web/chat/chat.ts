// chat.js: the embeddable web chat. `<script src="https://desk.example/chat.js" data-channel="website">` adds a
// "Chat with support" button to any page; `data-portal="true" data-csrf="…"` starts chats as the signed-in person.
// Vanilla TypeScript (no framework) to stay far under 30 KB gzipped; strings from web/src/locales/{en,ur}/chat.json;
// right-to-left when the page (or data-lang) is Urdu. Messages are text nodes, never HTML.
import en from "../src/locales/en/chat.json";
import ur from "../src/locales/ur/chat.json";
import { chatApi, type ChatMessage, type Session } from "./chat-api.ts";
import { CSS } from "./chat-style.ts";

type Strings = typeof en;
const script = document.currentScript as HTMLScriptElement | null;
const base = new URL(script?.src ?? location.href).origin;
// A chat channel's key (Admin → Chat channels); none: the workspace's default channel.
const channel = script?.dataset.channel || undefined;
const lang = (script?.dataset.lang ?? document.documentElement.lang ?? "en").toLowerCase().startsWith("ur")
  ? "ur"
  : "en";
const s: Strings = lang === "ur" ? ur : en;
const portal = script?.dataset.portal === "true" ? { csrf: script.dataset.csrf ?? "" } : null;
const api = chatApi(base, portal);
const KEY = `frontline-chat:${channel ?? ""}`;
const fill = (text: string, vars: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ""));

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) el.setAttribute(k, v);
  el.append(...children);
  return el;
}
let uid = 0;
function field(label: string, input: HTMLInputElement | HTMLTextAreaElement): HTMLElement {
  input.id = `flc-${++uid}`;
  return h("p", {}, h("label", { for: input.id }, label), input);
}

const host = h("div", { class: "flc", dir: lang === "ur" ? "rtl" : "ltr", lang });
// A constructed style sheet where the browser has them: a page whose CSP refuses inline styles (the portal's own
// `style-src 'self'`) still styles the widget; elsewhere a <style> element.
if (
  "adoptedStyleSheets" in document &&
  typeof CSSStyleSheet === "function" &&
  "replaceSync" in CSSStyleSheet.prototype
) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
} else host.append(h("style", {}, CSS));
const launcher = h("button", { type: "button", class: "flc-open", "aria-expanded": "false" }, s.open);
const panel = h("section", { class: "flc-panel", role: "dialog", "aria-label": s.title, hidden: "" });
const status = h("p", { class: "flc-status", role: "status", "aria-live": "polite" });
const body = h("div", { class: "flc-body" });
const closeButton = h("button", { type: "button", class: "flc-x", "aria-label": s.close }, "×");
panel.append(h("header", {}, h("h2", {}, s.title), closeButton), status, body);
host.append(launcher, panel);

function toggle(open: boolean) {
  panel.hidden = !open;
  launcher.setAttribute("aria-expanded", String(open));
  if (open) void show();
}
launcher.addEventListener("click", () => toggle(panel.hidden));
closeButton.addEventListener("click", () => toggle(false));

function saved(): Session | null {
  try {
    return JSON.parse(sessionStorage.getItem(KEY) ?? "null") as Session | null;
  } catch {
    return null;
  }
}
const keep = (session: Session | null) =>
  session ? sessionStorage.setItem(KEY, JSON.stringify(session)) : sessionStorage.removeItem(KEY);
const fail = (error: unknown) => (status.textContent = fill(s.failed, { detail: (error as Error).message }));

async function show() {
  body.replaceChildren();
  const session = saved();
  if (session) return talk(session);
  try {
    const hours = await api.hours();
    if (hours.open) return startForm();
    const when = hours.opensAt ? new Date(hours.opensAt).toLocaleString(lang === "ur" ? "ur-PK" : undefined) : null;
    status.textContent = when ? fill(s.closedNow, { when }) : s.closedNoHours;
    leaveForm();
  } catch (error) {
    fail(error);
  }
}

function visitorFields() {
  const name = h("input", { autocomplete: "name", required: "", maxlength: "120" });
  const email = h("input", { type: "email", autocomplete: "email", required: "", maxlength: "320" });
  return { name, email, nodes: portal ? [] : [field(s.name, name), field(s.email, email)] };
}

function startForm() {
  const who = visitorFields();
  const message = h("textarea", { rows: "3", maxlength: "5000" });
  const form = h("form", {}, ...who.nodes, field(s.firstMessage, message), h("button", { type: "submit" }, s.start));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    api
      .start({ channel, name: who.name.value, email: who.email.value, message: message.value || undefined })
      .then((started) => {
        const session = { ...started, last: 0 };
        keep(session);
        body.replaceChildren();
        talk(session);
      }, fail);
  });
  body.append(form);
  (portal ? message : who.name).focus();
}

function leaveForm() {
  // A signed-in employee leaves their message as a request of their own in the portal, not as an anonymous visitor.
  if (portal) {
    body.append(h("p", {}, h("a", { href: `${base}/portal/new` }, s.leaveMessage)));
    return;
  }
  const who = visitorFields();
  const message = h("textarea", { rows: "4", required: "", maxlength: "5000" });
  const form = h(
    "form",
    {},
    h("p", {}, s.leaveMessage),
    ...who.nodes,
    field(s.message, message),
    h("button", { type: "submit" }, s.leave),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    api
      .leave({ channel, name: who.name.value, email: who.email.value, message: message.value })
      .then(({ ticketNumber }) => {
        body.replaceChildren(h("p", {}, fill(s.left, { number: ticketNumber })));
      }, fail);
  });
  body.append(form);
}

function talk(session: Session) {
  const log = h("ol", { class: "flc-log", role: "log", "aria-live": "polite", "aria-label": s.log });
  const typing = h("p", { class: "flc-typing", "aria-live": "polite" });
  const input = h("textarea", { rows: "2", maxlength: "5000" });
  const file = h("input", { type: "file" });
  const end = h("button", { type: "button" }, s.end);
  const form = h(
    "form",
    {},
    field(s.message, input),
    field(s.attach, file),
    h("button", { type: "submit" }, s.send),
    end,
  );
  body.append(log, typing, form);
  const seen = new Set<number>();
  const add = (m: ChatMessage) => {
    if (seen.has(m.id)) return;
    seen.add(m.id);
    const who = m.sender === "visitor" ? s.you : m.senderName;
    const item = h("li", { class: `flc-${m.sender}` }, h("b", {}, `${who}: `), m.body);
    for (const a of m.attachments)
      item.append(
        " ",
        h("a", { class: "flc-file", href: api.fileUrl(session, a.id), download: a.filename }, `📎 ${a.filename}`),
      );
    log.append(item);
    log.scrollTop = log.scrollHeight;
    session.last = Math.max(session.last, m.id);
    keep(session);
  };
  const events = api.stream(session);
  events.addEventListener("message", (e) => add(JSON.parse((e as MessageEvent<string>).data) as ChatMessage));
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  events.addEventListener("typing", (e) => {
    const { name } = JSON.parse((e as MessageEvent<string>).data) as { name: string };
    typing.textContent = fill(s.typing, { name });
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => (typing.textContent = ""), 4000);
  });
  events.addEventListener("state", (e) => {
    const { state } = JSON.parse((e as MessageEvent<string>).data) as { state: "waiting" | "active" | "ended" };
    status.textContent = s[state];
    if (state === "ended") {
      events.close();
      form.remove();
      keep(null);
    }
  });
  events.addEventListener("error", () => (status.textContent = s.reconnecting));
  let lastTyping = 0;
  input.addEventListener("input", () => {
    if (Date.now() - lastTyping < 3000) return;
    lastTyping = Date.now();
    api.typing(session).catch(() => undefined);
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const text = input.value.trim();
    const chosen = file.files?.[0];
    if (!text && !chosen) return;
    void (async () => {
      const ids = chosen ? [(await api.upload(session, chosen)).id] : [];
      add(await api.say(session, text || chosen!.name, ids));
      input.value = "";
      file.value = "";
    })().catch(fail);
  });
  end.addEventListener("click", () => void api.end(session).catch(fail));
  input.focus();
}

document.body.append(host);
