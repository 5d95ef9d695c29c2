import { existsSync } from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

// The app's own scripts and styles only; no inline script, no plugins, nobody framing us. The only frames we show are
// the video players a tutorial may embed, whose hosts the tutorial rules normalise links to (knowledge/tutorial).
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-src https://www.youtube-nocookie.com https://player.vimeo.com",
  "frame-ancestors 'none'",
].join("; ");

function securityHeaders(reply: FastifyReply): FastifyReply {
  return reply
    .header("content-security-policy", CONTENT_SECURITY_POLICY)
    .header("x-content-type-options", "nosniff")
    .header("referrer-policy", "same-origin")
    .header("x-frame-options", "DENY");
}

/** Answers a page URL the server has no route for with index.html; undefined for anything else. */
export type PageFallback = (request: FastifyRequest, reply: FastifyReply) => FastifyReply | undefined;

/**
 * Serves the built browser app (dist/web): hashed assets cached for a year, every other GET outside
 * /api answered with index.html so the client router handles deep links. Returns the handler that answers
 * unknown page URLs, or undefined when there is no build to serve.
 */
export async function serveWebApp(app: FastifyInstance, root: string): Promise<PageFallback | undefined> {
  if (!existsSync(path.join(root, "index.html"))) return undefined;
  await app.register(fastifyStatic, {
    root,
    prefix: "/",
    wildcard: false,
    index: false,
    // Assets were compressed at build time (web-build.ts); send the .br / .gz the browser accepts.
    preCompressed: true,
    // Hashed file names under assets/ never change content; everything else is revalidated.
    setHeaders: (reply: FastifyReply, file: string) => {
      const immutable = file.includes(`${path.sep}assets${path.sep}`);
      reply.header("cache-control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
      reply.header("x-content-type-options", "nosniff");
    },
  });
  return (request, reply) => {
    const url = request.url.split("?")[0] ?? "/";
    // A file name ends in a short extension; a signed token in a deep link (/survey/<payload>.<signature>) does not.
    const looksLikeFile = /^\.[A-Za-z0-9]{1,8}$/.test(path.extname(url));
    const wantsPage =
      (request.method === "GET" || request.method === "HEAD") && !url.startsWith("/api/") && !looksLikeFile;
    if (!wantsPage) return undefined;
    return securityHeaders(reply).header("cache-control", "no-cache").sendFile("index.html");
  };
}
