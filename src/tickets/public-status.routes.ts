import { z } from "zod";
import type { Deps } from "../context.ts";
import { actorOf } from "../identity/session.routes.ts";
import type { HttpServer } from "../platform/http/server.ts";
import { STATUSES } from "../shared/enums.ts";
import { getPublicStatusSetting, publicStatus, setPublicStatusSetting } from "./public-status.ts";

const PublicStatusDto = z
  .object({
    checkedAt: z.string(),
    incidents: z.array(z.object({ number: z.number().int(), subject: z.string(), priority: z.literal("critical"), status: z.enum(STATUSES), since: z.string() })),
  })
  .meta({ id: "PublicStatus" });

const SettingDto = z.strictObject({ enabled: z.boolean() }).meta({ id: "PublicStatusSetting" });

/** The public status page and the admin switch for it. */
export async function publicStatusRoutes(app: HttpServer, deps: Deps): Promise<void> {
  app.get(
    "/api/v1/public/status",
    {
      config: { public: true, rateLimit: { max: deps.config.RATE_LIMIT_PER_MINUTE, timeWindow: "1 minute" } },
      schema: { tags: ["public"], summary: "Open critical incidents, newest first, at most 20 (no sign-in; 404 STATUS_PAGE_DISABLED when switched off)", security: [], response: { 200: PublicStatusDto } },
    },
    async (_request, reply) => {
      const status = await publicStatus(deps);
      void reply.header("cache-control", "public, max-age=30");
      return status;
    },
  );

  app.get(
    "/api/v1/settings/public-status",
    { schema: { tags: ["settings"], summary: "Whether the public status page is on (admin)", response: { 200: SettingDto } } },
    async (request) => getPublicStatusSetting(deps, actorOf(request)),
  );

  app.put(
    "/api/v1/settings/public-status",
    { schema: { tags: ["settings"], summary: "Switch the public status page on or off (admin; audited)", body: SettingDto, response: { 200: SettingDto } } },
    async (request) => setPublicStatusSetting(deps, actorOf(request), request.body),
  );
}
