// The WhatsApp Business Cloud API over HTTP (Meta's Graph API): sending a message and downloading a message's media.
// The base URL is configurable, so tests point it at a loopback fake speaking the same wire format.

/** The Graph API version every request names. */
export const GRAPH_VERSION = "v21.0";

const TIMEOUT_MS = 15_000;

/** A refusal by the Graph API: its error code (131047: the customer-service window has closed) and message. */
export class GraphApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: number | null,
  ) {
    super(message);
    this.name = "GraphApiError";
  }
  /** A 4xx other than rate limiting: sending it again cannot help. */
  get permanent(): boolean {
    return this.status >= 400 && this.status < 500 && this.status !== 429;
  }
}

export type GraphConnection = { baseUrl: string; accessToken: string };

const url = (c: GraphConnection, path: string) => `${c.baseUrl.replace(/\/+$/, "")}/${GRAPH_VERSION}/${path}`;

async function refusal(response: Response): Promise<GraphApiError> {
  let message = `Graph API answered ${response.status}`;
  let code: number | null = null;
  try {
    const body = (await response.json()) as { error?: { message?: string; code?: number } };
    if (body.error?.message) message = `${message}: ${body.error.message}`;
    if (typeof body.error?.code === "number") code = body.error.code;
  } catch {
    // Not JSON: the status says enough.
  }
  return new GraphApiError(message.slice(0, 500), response.status, code);
}

/** Sends one message (Meta's JSON: `messaging_product`, `to`, `type`, …) and answers its wamid. */
export async function sendGraphMessage(
  c: GraphConnection,
  phoneNumberId: string,
  message: Record<string, unknown>,
): Promise<string> {
  const response = await fetch(url(c, `${encodeURIComponent(phoneNumberId)}/messages`), {
    method: "POST",
    headers: { authorization: `Bearer ${c.accessToken}`, "content-type": "application/json" },
    body: JSON.stringify({ messaging_product: "whatsapp", recipient_type: "individual", ...message }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!response.ok) throw await refusal(response);
  const body = (await response.json()) as { messages?: Array<{ id?: string }> };
  const id = body.messages?.[0]?.id;
  if (typeof id !== "string" || id.length === 0) throw new GraphApiError("Graph API answered no message id", 502, null);
  return id;
}

/**
 * Downloads a message's media: `GET /{media-id}` gives a short-lived URL, which is fetched with the same bearer token.
 * More than `maxBytes` is refused without reading on.
 */
export async function downloadGraphMedia(
  c: GraphConnection,
  mediaId: string,
  maxBytes: number,
): Promise<{ bytes: Buffer; mimeType: string }> {
  const auth = { authorization: `Bearer ${c.accessToken}` };
  const meta = await fetch(url(c, encodeURIComponent(mediaId)), {
    headers: auth,
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!meta.ok) throw await refusal(meta);
  const info = (await meta.json()) as { url?: string; mime_type?: string; file_size?: number };
  if (typeof info.url !== "string" || !/^https?:\/\//.test(info.url))
    throw new GraphApiError("Graph API answered no media url", 502, null);
  if (typeof info.file_size === "number" && info.file_size > maxBytes)
    throw new GraphApiError(`media of ${info.file_size} bytes is over the limit of ${maxBytes}`, 413, null);
  const file = await fetch(info.url, { headers: auth, signal: AbortSignal.timeout(TIMEOUT_MS) });
  if (!file.ok || !file.body) throw await refusal(file);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of file.body) {
    size += chunk.length;
    if (size > maxBytes) throw new GraphApiError(`media over the limit of ${maxBytes} bytes`, 413, null);
    chunks.push(Buffer.from(chunk));
  }
  return { bytes: Buffer.concat(chunks), mimeType: info.mime_type ?? file.headers.get("content-type") ?? "" };
}
