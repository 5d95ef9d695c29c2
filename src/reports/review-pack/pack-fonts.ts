import path from "node:path";
import { PACKAGE_ROOT } from "../../platform/package-root.ts";

// Which typeface sets each piece of the pack's text (docs/decisions/0009). pdfkit's standard Helvetica has no
// Arabic script, so Urdu names, subjects, causes and comments fell back to missing glyphs. fontkit (inside pdfkit)
// shapes Arabic joining (init/medi/fina/isol, GPOS marks) and lays a right-to-left run out in visual order; it has
// no bidirectional algorithm across scripts, so a string is set in one face:
// - Arabic script only (with spaces, punctuation, Urdu digits): Noto Nastaliq Urdu, the style Urdu readers expect
//   and the web app's Urdu face; its Arabic-script subset has no Latin letters or ASCII digits;
// - Arabic script mixed with Latin letters or ASCII digits: Noto Naskh Arabic, which carries both scripts;
// - anything else: Helvetica.
const FONTS = path.join(PACKAGE_ROOT, "node_modules");
const NASTALIQ = path.join(FONTS, "@fontsource", "noto-nastaliq-urdu", "files");
const NASKH = path.join(FONTS, "@expo-google-fonts", "noto-naskh-arabic");

/** The font files the pack registers with pdfkit, by the name it sets them under. */
export const PACK_FONT_FILES = {
  "urdu-regular": path.join(NASTALIQ, "noto-nastaliq-urdu-arabic-400-normal.woff"),
  "urdu-bold": path.join(NASTALIQ, "noto-nastaliq-urdu-arabic-700-normal.woff"),
  "arabic-regular": path.join(NASKH, "400Regular", "NotoNaskhArabic_400Regular.ttf"),
  "arabic-bold": path.join(NASKH, "700Bold", "NotoNaskhArabic_700Bold.ttf"),
} as const;

const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const LATIN_OR_DIGIT = /[A-Za-z0-9\u00C0-\u024F]/;
const FIRST_STRONG = /[A-Za-z\u00C0-\u024F\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

export type PackFont = { name: string; rightToLeft: boolean };

const SPACE_AFTER_ARABIC = /(?<=[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]) /g;

/**
 * The text as handed to pdfkit. pdfkit shapes word by word (each word and its trailing space one fontkit run, which
 * fontkit puts in visual order), so a right-to-left word's trailing space lands on its left and one gap between
 * Arabic-script words disappears on screen. Doubling the spaces after Arabic-script letters leaves one in every gap
 * (seen with pdftoppm; pdftotext still extracts the words in reading order).
 */
export function packTextFor(text: string): string {
  return text.replace(SPACE_AFTER_ARABIC, "  ");
}

/** The face a piece of text is set in, and whether it reads right to left (its first letter is Arabic script). */
export function packFontFor(text: string, weight: "regular" | "bold"): PackFont {
  if (!ARABIC_SCRIPT.test(text))
    return { name: weight === "bold" ? "Helvetica-Bold" : "Helvetica", rightToLeft: false };
  const rightToLeft = ARABIC_SCRIPT.test(text.match(FIRST_STRONG)?.[0] ?? "");
  return { name: `${LATIN_OR_DIGIT.test(text) ? "arabic" : "urdu"}-${weight}`, rightToLeft };
}
