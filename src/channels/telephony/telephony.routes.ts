import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { Deps } from "../../context.ts";
import { actorOf } from "../../identity/session.routes.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { verifyTwilioSignature, verifyWebhookSignature } from "../../platform/webhooks/verify-signature.ts";
import { Instant } from "../../shared/instant.ts";
import { storableText } from "../../shared/storable-text.ts";
import { channelError } from "../channels.errors.ts";
import { completeCallback, listCallbacks } from "./list-callbacks.ts";
import { receiveTelephonyEvent } from "./receive-telephony-event.ts";
import { CALL_STATES } from "./telephony.ts";
import type { TelephonyCallRow } from "./telephony.store.ts";
import { twilioEvent } from "./twilio-event.ts";

const Text = (max: number) => storableText().trim().min(1).max(max);

const TelephonyEventBody = z
  .strictObject({
    callId: Text(200).describe("The telephone system's id of the call; every event about one call carries it"),
    direction: z.enum(["inbound", "outbound"]),
    from: Text(60).describe("The calling number"),
    to: Text(60).describe("The called number or extension"),
    state: z.enum(CALL_STATES),
    agentExtension: Text(20).nullish().describe("answered: the extension that took the call"),
    recordingUrl: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .nullish(),
    at: Instant.describe("When the call reached this state"),
  })
  .meta({ id: "TelephonyEvent" });

export const TelephonyCallDto = z
  .object({
    id: z.uuid(),
    callId: z.string(),
    direction: z.enum(["inbound", "outbound"]),
    from: z.string(),
    to: z.string(),
    state: z.enum(CALL_STATES),
    agentExtension: z.string().nullable(),
    agentId: z.uuid().nullable(),
    recordingUrl: z.string().nullable(),
    ringingAt: z.string().nullable(),
    answeredAt: z.string().nullable(),
    endedAt: z.string().nullable(),
    callbackDueAt: z.string().nullable().describe("A missed call: call back by then"),
    callbackDoneAt: z.string().nullable(),
    callbackEscalatedAt: z.string().nullable().describe("When the overdue callback was escalated (once)"),
  })
  .meta({ id: "TelephonyCall" });

const iso = (d: Date | null) => d?.toISOString() ?? null;
function presentTelephonyCall(c: TelephonyCallRow): z.infer<typeof TelephonyCallDto> {
  return {
    id: c.id,
    callId: c.callId,
    direction: c.direction,
    from: c.fromNumber,
    to: c.toNumber,
    state: c.state,
    agentExtension: c.agentExtension,
    agentId: c.agentId,
    recordingUrl: c.recordingUrl,
    ringingAt: iso(c.ringingAt),
    answeredAt: iso(c.answeredAt),
    endedAt: iso(c.endedAt),
    callbackDueAt: iso(c.callbackDueAt),
    callbackDoneAt: iso(c.callbackDoneAt),
    callbackEscalatedAt: iso(c.callbackEscalatedAt),
  };
}

const Received = z.object({ call: TelephonyCallDto, replayed: z.boolean().describe("This state was already stored") });

/**
 * The telephone system's webhooks (no sign-in: the signature is the credential) and the callback queue (staff).
 * The webhooks live in a plugin of their own so their body parsers keep the raw bytes the signature covers.
 */
export async function telephonyRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["telephony"];
  const rawBodies = new WeakMap<FastifyRequest, string>();
  await app.register(async (hooks: HttpServer) => {
    hooks.removeContentTypeParser(["application/json", "application/x-www-form-urlencoded"]);
    hooks.addContentTypeParser(
      ["application/json", "application/x-www-form-urlencoded"],
      { parseAs: "string" },
      (request, body, done) => {
        rawBodies.set(request, body as string);
        try {
          const json = request.headers["content-type"]?.startsWith("application/json");
          done(null, json ? JSON.parse(body as string) : Object.fromEntries(new URLSearchParams(body as string)));
        } catch {
          done(null, undefined); // validation names the body
        }
      },
    );

    hooks.post(
      "/api/v1/telephony/events",
      {
        config: { public: true },
        // The signature is checked before anything in the body is looked at: a forged body is never parsed further.
        preValidation: async (request) => {
          const secret = deps.config.TELEPHONY_SECRET;
          const header = request.headers["x-frontline-signature"];
          if (
            !secret ||
            !verifyWebhookSignature(
              secret,
              rawBodies.get(request) ?? "",
              typeof header === "string" ? header : undefined,
            )
          )
            throw channelError("TELEPHONY_SIGNATURE_INVALID", "header.x-frontline-signature");
        },
        schema: {
          tags,
          summary:
            "A telephony event (the telephone system): opens or moves a call record; signed x-frontline-signature: sha256=<hex HMAC-SHA256 of the raw body with TELEPHONY_SECRET>; 401 unsigned or forged; a replayed (callId, state) changes nothing; 404 answered/ended for a call that never rang",
          security: [],
          body: TelephonyEventBody,
          response: { 200: Received },
        },
      },
      async (request) => {
        const received = await receiveTelephonyEvent(deps, { ...request.body, at: new Date(request.body.at) });
        return { call: presentTelephonyCall(received.call), replayed: received.replayed };
      },
    );

    hooks.post(
      "/api/v1/telephony/twilio",
      {
        config: { public: true },
        preValidation: async (request) => {
          const token = deps.config.TELEPHONY_TWILIO_AUTH_TOKEN;
          const header = request.headers["x-twilio-signature"];
          const url = `${(deps.config.PUBLIC_URL ?? "").replace(/\/$/, "")}${request.url}`;
          const params = (request.body ?? {}) as Record<string, string>;
          if (!token || !verifyTwilioSignature(token, url, params, typeof header === "string" ? header : undefined))
            throw channelError("TELEPHONY_SIGNATURE_INVALID", "header.x-twilio-signature");
        },
        schema: {
          tags,
          summary:
            "A Twilio-style call status post (application/x-www-form-urlencoded: CallSid, CallStatus, Direction, From, To, optional AgentExtension and RecordingUrl), signed X-Twilio-Signature with TELEPHONY_TWILIO_AUTH_TOKEN over PUBLIC_URL + path",
          security: [],
          // checked-text: the provider's form fields, each read and bounded by twilioEvent before use.
          body: z.record(z.string(), z.string()),
          response: { 200: Received },
        },
      },
      async (request) => {
        const received = await receiveTelephonyEvent(deps, twilioEvent(request.body, deps.clock.now()));
        return { call: presentTelephonyCall(received.call), replayed: received.replayed };
      },
    );
  });

  app.get(
    "/api/v1/telephony/callbacks",
    {
      schema: {
        tags,
        summary: "Missed calls waiting for a callback, the most urgent first (staff)",
        response: { 200: z.object({ items: z.array(TelephonyCallDto) }) },
      },
    },
    async (request) => ({ items: (await listCallbacks(deps, actorOf(request))).map(presentTelephonyCall) }),
  );

  app.post(
    "/api/v1/telephony/calls/:id/callback-done",
    {
      schema: {
        tags,
        summary: "Mark a missed call as called back (staff)",
        params: z.object({ id: z.uuid() }),
        response: { 200: TelephonyCallDto },
      },
    },
    async (request) => presentTelephonyCall(await completeCallback(deps, actorOf(request), request.params.id)),
  );
}
