import { DomainError } from "../../shared/errors.ts";

/** What can go wrong with tutorials, playlists and onboarding paths. */
export type TutorialErrorCode =
  | "TUTORIAL_NOT_FOUND"
  | "TUTORIAL_NO_VIDEO"
  | "VIDEO_FILE_MISSING"
  | "VIDEO_EMPTY"
  | "VIDEO_TOO_LARGE"
  | "VIDEO_TYPE_REFUSED"
  | "POSTER_TYPE_REFUSED"
  | "EMBED_URL_REFUSED"
  | "CAPTIONS_INVALID"
  | "CAPTIONS_NOT_FOUND"
  | "CHAPTERS_OUT_OF_ORDER"
  | "VERSION_CONFLICT"
  | "PLAYLIST_NOT_FOUND"
  | "ITEM_NOT_FOUND"
  | "ONBOARDING_PATH_NOT_FOUND"
  | "ONBOARDING_PATH_OWNER";

/** The user-facing sentence for each code; exhaustive. */
export function tutorialErrorMessage(code: TutorialErrorCode): string {
  switch (code) {
    case "TUTORIAL_NOT_FOUND":
      return "There is no such tutorial, or you may not watch it.";
    case "TUTORIAL_NO_VIDEO":
      return "This tutorial has no uploaded video (it plays from its embedded link, or has none yet).";
    case "VIDEO_FILE_MISSING":
      return "Send the file as multipart/form-data in a part named file.";
    case "VIDEO_EMPTY":
      return "The file is empty.";
    case "VIDEO_TOO_LARGE":
      return "The file is larger than the largest video accepted (TUTORIAL_VIDEO_MAX_BYTES); nothing was stored.";
    case "VIDEO_TYPE_REFUSED":
      return "The file is not a video the player can stream (MP4, WebM, Ogg or QuickTime).";
    case "POSTER_TYPE_REFUSED":
      return "A poster must be a PNG, JPEG, WebP or GIF image.";
    case "EMBED_URL_REFUSED":
      return "The video link is refused: only https links to a video page are allowed.";
    case "CAPTIONS_INVALID":
      return "The captions are not a valid WebVTT file.";
    case "CAPTIONS_NOT_FOUND":
      return "This tutorial has no captions in that language.";
    case "CHAPTERS_OUT_OF_ORDER":
      return "Each chapter must start after the one before it.";
    case "VERSION_CONFLICT":
      return "Someone changed this tutorial since you loaded it; reload and try again.";
    case "PLAYLIST_NOT_FOUND":
      return "There is no such playlist.";
    case "ITEM_NOT_FOUND":
      return "An item names a tutorial or an article that does not exist.";
    case "ONBOARDING_PATH_NOT_FOUND":
      return "There is no onboarding path for that organization or audience.";
    case "ONBOARDING_PATH_OWNER":
      return "An onboarding path belongs to one organization or to one audience: name exactly one.";
  }
}

const KIND: Record<TutorialErrorCode, DomainError["kind"]> = {
  TUTORIAL_NOT_FOUND: "not_found",
  TUTORIAL_NO_VIDEO: "not_found",
  VIDEO_FILE_MISSING: "invalid",
  VIDEO_EMPTY: "invalid",
  VIDEO_TOO_LARGE: "too_large",
  VIDEO_TYPE_REFUSED: "invalid",
  POSTER_TYPE_REFUSED: "invalid",
  EMBED_URL_REFUSED: "invalid",
  CAPTIONS_INVALID: "invalid",
  CAPTIONS_NOT_FOUND: "not_found",
  CHAPTERS_OUT_OF_ORDER: "invalid",
  VERSION_CONFLICT: "conflict",
  PLAYLIST_NOT_FOUND: "not_found",
  ITEM_NOT_FOUND: "invalid",
  ONBOARDING_PATH_NOT_FOUND: "not_found",
  ONBOARDING_PATH_OWNER: "invalid",
};

/** Builds the DomainError for a code, naming the input field and, where it helps, why. */
export function tutorialError(code: TutorialErrorCode, field?: string, reason?: string): DomainError {
  const message = reason ? `${tutorialErrorMessage(code)} (${reason})` : tutorialErrorMessage(code);
  return new DomainError(KIND[code], code, message, field, reason ? { reason } : undefined);
}
