import type { Deps } from "../../context.ts";
import { DomainError } from "../../shared/errors.ts";
import { normaliseFilename } from "../../tickets/attachments/attachment-file.ts";
import { sniffContentType } from "../../tickets/attachments/upload-attachment.ts";
import { downloadGraphMedia, GraphApiError } from "../../platform/whatsapp/graph-api.ts";
import type { InboundMedia } from "./inbound-message.ts";
import type { MessageFile } from "./ingest-whatsapp-message.ts";

const EXTENSIONS: Record<string, string> = {
  "image/jpeg": ".jpg",
  "image/png": ".png",
  "image/webp": ".webp",
  "audio/ogg": ".ogg",
  "audio/mpeg": ".mp3",
  "audio/aac": ".aac",
  "video/mp4": ".mp4",
  "video/3gpp": ".3gp",
  "application/pdf": ".pdf",
};

/**
 * What became of a message's media: a file the attachment rules accept, a refusal no retry changes (too large, a
 * program), or a failure worth retrying (the Graph API or the network failed).
 */
export type FetchedMedia =
  { kind: "file"; file: MessageFile } | { kind: "refused"; note: string } | { kind: "failed"; note: string };

/**
 * Downloads a message's media through the Graph API (`GET /{media-id}`, then its URL, both with the number's bearer
 * token) and judges it by the attachment rules (size limit, content sniffing, no programs). Never throws.
 */
export async function fetchMedia(
  deps: Pick<Deps, "config">,
  accessToken: string,
  media: InboundMedia,
): Promise<FetchedMedia> {
  const label = media.filename ?? media.kind;
  try {
    const { bytes, mimeType } = await downloadGraphMedia(
      { baseUrl: deps.config.WHATSAPP_GRAPH_URL, accessToken },
      media.mediaId,
      deps.config.ATTACHMENT_MAX_BYTES,
    );
    const declared = (media.mimeType || mimeType).split(";")[0]!.trim();
    // A file without a name (photos, voice notes) is named by what its bytes are, not by what Meta declared.
    const named = media.filename ? normaliseFilename(media.filename) : media.kind;
    const contentType = await sniffContentType(bytes, declared, named);
    const filename = media.filename ? named : `${media.kind}${EXTENSIONS[contentType] ?? ""}`;
    return { kind: "file", file: { filename, contentType, bytes } };
  } catch (error) {
    if (error instanceof DomainError)
      return { kind: "refused", note: `${label} not kept: ${String(error.details?.reason ?? error.message)}` };
    if (error instanceof GraphApiError && error.status === 413)
      return { kind: "refused", note: `${label} not kept: larger than ${deps.config.ATTACHMENT_MAX_BYTES} bytes` };
    return {
      kind: "failed",
      note: `${label} could not be downloaded yet (${(error as Error).message}); it is added to the ticket's files when it arrives`,
    };
  }
}
