// Captions arrive as WebVTT typed by anyone with an editor. What players get back is rebuilt from the parsed cues:
// only timings, a few layout settings and plain cue text survive, so markup, <script>, STYLE blocks (CSS with
// url()), REGION and NOTE blocks never reach a browser. Pure.

/** One caption cue: shown from `start` to `end` seconds. */
export type Cue = { start: number; end: number; text: string; settings: string };

export type ParsedCaptions = { ok: true; cues: Cue[] } | { ok: false; reason: string };

/** Largest captions file accepted, in characters. */
export const CAPTIONS_MAX_CHARS = 512 * 1024;

const TIMESTAMP = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/;
const TIMING = /^(\S+)[ \t]+-->[ \t]+(\S+)(.*)$/;
// Cue settings players understand, with the values the WebVTT grammar allows; anything else is dropped.
const SETTING =
  /^(vertical:(rl|lr)|line:-?\d+(\.\d+)?%?(,(start|center|end))?|position:\d+(\.\d+)?%(,(line-left|center|line-right))?|size:\d+(\.\d+)?%|align:(start|center|end|left|right))$/;

function seconds(stamp: string): number | undefined {
  const m = TIMESTAMP.exec(stamp);
  if (!m) return undefined;
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / 1000;
}

/** A cue's text as plain text: tags (<b>, <v Name>, <script>…</script>'s tags) removed, entities read. */
function plainText(lines: string[]): string {
  return lines
    .join("\n")
    .replace(/<[^>]*>?/g, "")
    .replace(/&(amp|lt|gt|nbsp|lrm|rlm|quot|#39);/g, (_, name: string) => ENTITIES[name] ?? "")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
    .trim();
}
const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  nbsp: "\u00a0",
  lrm: "\u200e",
  rlm: "\u200f",
  quot: '"',
  "#39": "'",
};

/** Parses a WebVTT file into cues; anything that is not WebVTT is refused with the reason. */
export function parseWebVtt(source: string): ParsedCaptions {
  if (source.length > CAPTIONS_MAX_CHARS) return { ok: false, reason: `longer than ${CAPTIONS_MAX_CHARS} characters` };
  const text = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (!/^WEBVTT([ \t].*)?(\n|$)/.test(text)) return { ok: false, reason: 'a WebVTT file starts with "WEBVTT"' };
  const blocks = text.split(/\n{2,}/).slice(1);
  const cues: Cue[] = [];
  for (const block of blocks) {
    const lines = block.split("\n").filter((line, i) => i > 0 || line.trim() !== "");
    if (lines.length === 0) continue;
    if (/^(NOTE|STYLE|REGION)([ \t]|$)/.test(lines[0]!)) continue;
    const timingAt = lines[0]!.includes("-->") ? 0 : 1;
    const timing = TIMING.exec(lines[timingAt] ?? "");
    if (!timing) return { ok: false, reason: `cue ${cues.length + 1} has no "start --> end" timing line` };
    const start = seconds(timing[1]!);
    const end = seconds(timing[2]!);
    if (start === undefined || end === undefined)
      return { ok: false, reason: `cue ${cues.length + 1} has a timestamp that is not hh:mm:ss.ttt` };
    if (end <= start) return { ok: false, reason: `cue ${cues.length + 1} ends before it starts` };
    const settings = timing[3]!
      .trim()
      .split(/[ \t]+/)
      .filter((s) => SETTING.test(s))
      .join(" ");
    const cueText = plainText(lines.slice(timingAt + 1));
    if (cueText !== "") cues.push({ start, end, text: cueText, settings });
  }
  if (cues.length === 0) return { ok: false, reason: "the file has no cues" };
  return { ok: true, cues };
}

function stamp(total: number): string {
  const ms = Math.round(total * 1000);
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
}

/** The cues as a clean WebVTT file: cue text escaped, so a player shows it as text and never as markup. */
export function writeWebVtt(cues: readonly Cue[]): string {
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const body = cues.map(
    (c) =>
      `${stamp(c.start)} --> ${stamp(c.end)}${c.settings ? ` ${c.settings}` : ""}\n${escape(c.text).replace(/\n{2,}/g, "\n")}`,
  );
  return `WEBVTT\n\n${body.join("\n\n")}\n`;
}

/** The captions' words, for search: every cue's text, one line each. */
export function captionText(cues: readonly Cue[]): string {
  return cues.map((c) => c.text.replace(/\s+/g, " ")).join("\n");
}
