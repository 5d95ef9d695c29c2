import { z } from "zod";
import type { Deps } from "../context.ts";
import { actorOf } from "../identity/session.routes.ts";
import type { HttpServer } from "../platform/http/server.ts";
import { CHANNELS } from "../shared/enums.ts";
import { storableText } from "../shared/storable-text.ts";
import { CONTACT_MAX, INSTRUCTIONS_MAX } from "./channel-settings.ts";
import { listChannels } from "./list-channels.ts";
import { setChannel } from "./set-channel.ts";

export const ChannelSettingDto = z
  .object({
    channel: z.enum(CHANNELS),
    enabled: z.boolean(),
    contact: z.string().describe("Where to reach it: a number, a mailbox, a URL"),
    instructions: z.string().describe("What customers should know, in plain words"),
    instructionsUr: z.string().nullable().describe("The instructions in Urdu, shown on the Urdu pages; null: none"),
    position: z.number().int(),
  })
  .meta({ id: "ChannelSetting" });

const ChannelBody = z.strictObject({
  enabled: z.boolean(),
  contact: storableText().trim().max(CONTACT_MAX),
  instructions: storableText().trim().max(INSTRUCTIONS_MAX),
  instructionsUr: storableText()
    .trim()
    .max(INSTRUCTIONS_MAX)
    .nullable()
    .optional()
    .describe("The instructions in Urdu; left out, empty or null: none"),
  position: z.number().int().min(0).max(1000),
});

// A string, not the enum: an unknown channel is a resource that does not exist (404), not bad input.
const ChannelParam = z.object({
  channel: storableText()
    .max(40)
    .describe(`One of ${CHANNELS.join(", ")}`),
});

/** How each contact channel is offered (everyone reads, admins edit). */
export async function channelRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["channels"];
  app.get(
    "/api/v1/channels",
    {
      schema: {
        tags,
        summary: "Every channel with its contact and instructions, by position (requesters: only the enabled ones)",
        response: { 200: z.object({ items: z.array(ChannelSettingDto) }) },
      },
    },
    async (request) => ({ items: await listChannels(deps, actorOf(request)) }),
  );

  app.put(
    "/api/v1/channels/:channel",
    {
      schema: {
        tags,
        summary: "Replace how a channel is offered (admin; audited)",
        params: ChannelParam,
        body: ChannelBody,
        response: { 200: ChannelSettingDto },
      },
    },
    async (request) => setChannel(deps, actorOf(request), request.params.channel, request.body),
  );
}
