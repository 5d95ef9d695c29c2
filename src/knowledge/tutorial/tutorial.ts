// The rules of a tutorial that need no database: what an embedded video link may be, which sniffed types are
// videos and posters, and the chapters' order. Pure.

export const TUTORIAL_TITLE_MAX = 200;
export const TUTORIAL_DESCRIPTION_MAX = 5000;
export const CHAPTERS_MAX = 100;

/** Video content the player can stream, as file-type names it from the bytes. */
export const VIDEO_TYPES: ReadonlySet<string> = new Set([
  "video/mp4",
  "video/x-m4v",
  "video/webm",
  "video/ogg",
  "video/quicktime",
]);
/** Poster images, as file-type names them (no SVG: it can carry script). */
export const POSTER_TYPES: ReadonlySet<string> = new Set(["image/png", "image/jpeg", "image/webp", "image/gif"]);

/** Where an embedded video plays: a YouTube or Vimeo player, or any other https page opened as a link. */
export type Embed = { provider: "youtube" | "vimeo" | "link"; url: string };

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

/** The one form we store of a link to an external video, or why it is refused (https only; no credentials). */
export function normaliseEmbedUrl(raw: string): { ok: true; embed: Embed } | { ok: false; reason: string } {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, reason: "not a web address" };
  }
  if (url.protocol !== "https:") return { ok: false, reason: "only https links are allowed" };
  if (url.username || url.password) return { ok: false, reason: "a link must not carry a user name or password" };
  const host = url.hostname.toLowerCase().replace(/^(www\.|m\.)/, "");
  const youtube =
    host === "youtu.be"
      ? url.pathname.slice(1)
      : ["youtube.com", "youtube-nocookie.com"].includes(host)
        ? url.pathname === "/watch"
          ? (url.searchParams.get("v") ?? "")
          : (/^\/(embed|shorts|live)\/([^/]+)/.exec(url.pathname)?.[2] ?? "")
        : undefined;
  if (youtube !== undefined) {
    if (!YOUTUBE_ID.test(youtube)) return { ok: false, reason: "not a link to a YouTube video" };
    return { ok: true, embed: { provider: "youtube", url: `https://www.youtube-nocookie.com/embed/${youtube}` } };
  }
  if (host === "vimeo.com" || host === "player.vimeo.com") {
    const id = /^\/(?:video\/)?(\d+)(?:\/|$)/.exec(url.pathname)?.[1];
    if (!id) return { ok: false, reason: "not a link to a Vimeo video" };
    return { ok: true, embed: { provider: "vimeo", url: `https://player.vimeo.com/video/${id}` } };
  }
  return { ok: true, embed: { provider: "link", url: url.href } };
}

/** Chapters in playing order, each starting later than the one before; the reason when they are not. */
export function checkChapters(chapters: readonly { title: string; startSeconds: number }[]): string | undefined {
  for (let i = 1; i < chapters.length; i++)
    if (chapters[i]!.startSeconds <= chapters[i - 1]!.startSeconds)
      return `chapter ${i + 1} must start after chapter ${i}`;
  return undefined;
}
