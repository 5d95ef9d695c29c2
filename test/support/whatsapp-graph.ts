import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One message the fake received at `POST /{version}/{phone_number_id}/messages`, as Meta would. */
export type ReceivedMessage = {
  phoneNumberId: string;
  authorization: string | undefined;
  body: Record<string, unknown>;
};

/**
 * A loopback fake of Meta's Graph API speaking its wire format: `POST /{version}/{phone_number_id}/messages` answers
 * `{ messaging_product, contacts, messages: [{ id }] }` (or Meta's `{ error: { message, type, code } }`), `GET
 * /{version}/{media-id}` answers the media's short-lived `url`, which serves the bytes. Every call needs the bearer
 * token it was given.
 */
export type GraphFake = {
  url: string;
  token: string;
  messages: ReceivedMessage[];
  media: Map<string, { bytes: Buffer; mimeType: string }>;
  /** Media ids whose download fails (500) until removed. */
  failingMedia: Set<string>;
  /** The next sends are refused with this Graph error. */
  refuseNext: Array<{ status: number; code: number; message: string }>;
  close(): Promise<void>;
};

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startGraphFake(token = "test-access-token"): Promise<GraphFake> {
  let next = 0;
  const fake = {
    url: "",
    token,
    messages: [] as ReceivedMessage[],
    media: new Map<string, { bytes: Buffer; mimeType: string }>(),
    failingMedia: new Set<string>(),
    refuseNext: [] as Array<{ status: number; code: number; message: string }>,
  };
  const server: Server = createServer((request, response) => {
    void (async () => {
      const send = (status: number, body: unknown, type = "application/json") => {
        response.writeHead(status, { "content-type": type });
        response.end(Buffer.isBuffer(body) ? body : JSON.stringify(body));
      };
      const error = (status: number, code: number, message: string) =>
        send(status, { error: { message, type: "OAuthException", code, fbtrace_id: "Afake" } });
      if (request.headers.authorization !== `Bearer ${token}`) return error(401, 190, "Invalid OAuth access token");
      const path = new URL(request.url ?? "/", "http://fake").pathname;
      const sendMatch = /^\/v[\d.]+\/(\d+)\/messages$/.exec(path);
      if (request.method === "POST" && sendMatch) {
        const body = JSON.parse((await readBody(request)).toString("utf8")) as Record<string, unknown>;
        const refusal = fake.refuseNext.shift();
        if (refusal) return error(refusal.status, refusal.code, refusal.message);
        fake.messages.push({ phoneNumberId: sendMatch[1]!, authorization: request.headers.authorization, body });
        next += 1;
        return send(200, {
          messaging_product: "whatsapp",
          contacts: [{ input: body.to, wa_id: body.to }],
          messages: [{ id: `wamid.FAKE${String(next).padStart(4, "0")}` }],
        });
      }
      const mediaMatch = /^\/v[\d.]+\/(\d+)$/.exec(path);
      if (request.method === "GET" && mediaMatch) {
        const id = mediaMatch[1]!;
        const media = fake.media.get(id);
        if (fake.failingMedia.has(id)) return error(500, 2, "An unexpected error has occurred");
        if (!media) return error(404, 100, "Unsupported get request");
        return send(200, {
          messaging_product: "whatsapp",
          url: `${fake.url}/download/${id}`,
          mime_type: media.mimeType,
          sha256: "fake",
          file_size: media.bytes.length,
          id,
        });
      }
      const download = /^\/download\/(\d+)$/.exec(path);
      if (request.method === "GET" && download) {
        const media = fake.media.get(download[1]!);
        if (!media) return error(404, 100, "not found");
        return send(200, media.bytes, media.mimeType);
      }
      return error(404, 100, "Unknown path");
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { ...fake, close: () => new Promise<void>((resolve) => server.close(() => resolve())) } as GraphFake;
}
