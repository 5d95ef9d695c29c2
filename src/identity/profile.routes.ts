import { z } from "zod";
import { REQUESTER_CHANNELS } from "../channels/requester-channel.ts";
import type { Deps } from "../context.ts";
import type { HttpServer } from "../platform/http/server.ts";
import { Locale, TimeZone } from "./person.routes.ts";
import { getProfile, updateProfile, type Profile } from "./profile.ts";
import { actorOf } from "./session.routes.ts";

const ProfileDto = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    language: z.string().describe("The app's and mail's language for you"),
    timeZone: z.string().nullable().describe("The zone you chose; null: the support calendar's"),
    supportTimeZone: z.string().describe("The support calendar's zone (the default policy's support hours)"),
    effectiveTimeZone: z
      .string()
      .describe("The zone every time is shown to you in: yours, else the support calendar's"),
    preferredChannel: z
      .enum(REQUESTER_CHANNELS)
      .describe("Where notices about your tickets reach you; change it with PUT /api/v1/people/{id}/preferred-channel"),
  })
  .meta({ id: "Profile" });

function present({ person, supportTimeZone }: Profile): z.infer<typeof ProfileDto> {
  const { id, name, email, locale, timeZone, preferredChannel } = person;
  return {
    id,
    name,
    email,
    language: locale,
    timeZone,
    supportTimeZone,
    effectiveTimeZone: timeZone ?? supportTimeZone,
    preferredChannel,
  };
}

const ProfilePatch = z.strictObject({
  timeZone: TimeZone.nullable().optional(),
  language: Locale.optional(),
});

/** The signed-in person's own settings: time zone and language. */
export async function profileRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["auth"];
  app.get(
    "/api/v1/me",
    {
      schema: {
        tags,
        summary: "Your profile: language and the time zone times are shown in",
        response: { 200: ProfileDto },
      },
    },
    async (request) => present(await getProfile(deps, actorOf(request))),
  );
  app.patch(
    "/api/v1/me",
    {
      schema: {
        tags,
        summary: "Change your own time zone or language",
        body: ProfilePatch,
        response: { 200: ProfileDto },
      },
    },
    async (request) => present(await updateProfile(deps, actorOf(request), request.body)),
  );
}
