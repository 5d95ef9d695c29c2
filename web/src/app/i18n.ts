import i18next, { type TFunction } from "i18next";
import { initReactI18next } from "react-i18next";
import { formatZonedInstant } from "../../../src/shared/time-zone.ts";

/** Languages the app is translated into; every string goes through i18next (web/src/locales/<lang>/<area>.json). */
export const LANGUAGES = [
  { code: "en", name: "English", dir: "ltr" },
  { code: "ur", name: "اردو", dir: "rtl" },
] as const;
export type Language = (typeof LANGUAGES)[number]["code"];

export const NAMESPACES = [
  "common",
  "console",
  "portal",
  "admin",
  "public",
  "reviews",
  "reports",
  "kbEditor",
  "tutorials",
  "kb",
] as const;
export type Namespace = (typeof NAMESPACES)[number];
/**
 * The t() of one area, which may also name common keys ("common:units.d"): what useTranslation([area, "common"])
 * gives. Helpers that translate take it, so a key missing from the English resources fails typecheck.
 */
export type AreaT<N extends Namespace> = TFunction<readonly [N, "common"]>;
/** What a helper shared by several areas needs of t(): these keys, named with their namespace ("public:hours.none"). */
export type Says<K extends string> = (key: K) => string;

const STORAGE_KEY = "frontline.lang";
// Each namespace of each language is its own small chunk, fetched when first needed.
const bundles = import.meta.glob<{ default: Record<string, unknown> }>("../locales/*/*.json");

function initialLanguage(): Language {
  const fromUrl = new URLSearchParams(window.location.search).get("lang");
  const stored = fromUrl ?? window.localStorage.getItem(STORAGE_KEY) ?? window.navigator.language;
  return stored?.toLowerCase().startsWith("ur") ? "ur" : "en";
}

/**
 * The Urdu typeface ships with the app (served from our origin, so the CSP's font-src 'self' allows it): a machine
 * without a Nastaliq or Naskh font otherwise draws ہ and ے as empty boxes. Only the Arabic-script subset, and only
 * once Urdu is chosen: English readers never download it.
 */
let urduFont: Promise<unknown> | undefined;
function loadUrduFont(): void {
  urduFont ??= Promise.all([
    import("@fontsource/noto-nastaliq-urdu/arabic-400.css"),
    import("@fontsource/noto-nastaliq-urdu/arabic-700.css"),
  ]);
}

/** Sets lang and dir on <html>, so layout mirrors for right-to-left languages. */
function applyDocumentLanguage(lang: string): void {
  const known = LANGUAGES.find((l) => l.code === lang) ?? LANGUAGES[0];
  if (known.code === "ur") loadUrduFont();
  document.documentElement.lang = known.code;
  document.documentElement.dir = known.dir;
}

export async function setupI18n(): Promise<typeof i18next> {
  const lng = initialLanguage();
  await i18next
    .use({
      type: "backend",
      read(language: string, namespace: string, done: (error: unknown, data?: Record<string, unknown>) => void) {
        const load = bundles[`../locales/${language}/${namespace}.json`];
        if (!load) return done(null, {});
        load().then(
          (m) => done(null, m.default),
          (error: unknown) => done(error),
        );
      },
    })
    .use(initReactI18next)
    .init({
      lng,
      fallbackLng: "en",
      ns: ["common"],
      defaultNS: "common",
      interpolation: { escapeValue: false },
      react: { useSuspense: true },
    });
  applyDocumentLanguage(lng);
  // A ?lang= link (shared, or printed on a poster) becomes the browser's choice until changed.
  window.localStorage.setItem(STORAGE_KEY, lng);
  i18next.on("languageChanged", (language) => {
    window.localStorage.setItem(STORAGE_KEY, language);
    applyDocumentLanguage(language);
  });
  return i18next;
}

// The zone every instant is shown in: the signed-in person's (their profile, else the support calendar's), set by the
// session once it knows; before that (and for visitors) the browser's own.
let viewerTimeZone: string = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

/** Sets the zone instants are shown in (the session does, from GET /api/v1/me). */
export function setViewerTimeZone(timeZone: string): void {
  viewerTimeZone = timeZone;
}

/** The zone instants are shown in now. */
export function getViewerTimeZone(): string {
  return viewerTimeZone;
}

/**
 * Formats an instant for people: in the viewer's zone, named by its abbreviation ("Mon 7 Dec, 11:00 PKT"), in the
 * current language's words and the same 24-hour clock in every language.
 */
/** Admin-entered text in the reader's language: its Urdu version when the app is in Urdu and one was given. */
export function inReadersLanguage(text: string, urdu: string | null | undefined, lang: string): string {
  return lang === "ur" && urdu ? urdu : text;
}

export function formatDateTime(iso: string | null | undefined, lang: string): string {
  if (!iso) return "";
  return formatZonedInstant(iso, { lang, timeZone: viewerTimeZone });
}
