import { z } from "zod";
import type { Deps } from "../../context.ts";
import { actorOf } from "../../identity/session.routes.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { getGroupTarget } from "./get-group-target.ts";
import type { GroupTargetRow } from "./group-target.store.ts";
import { setGroupTarget } from "./set-group-target.ts";

const Params = z.object({ groupId: z.uuid() });
const Minutes = z
  .number()
  .positive("must be more than 0 minutes")
  .max(525_600, "must be at most a year (525,600 minutes)");
const PerPriority = z.strictObject({
  critical: Minutes.optional(),
  high: Minutes.optional(),
  medium: Minutes.optional(),
  low: Minutes.optional(),
});

const GroupTargetDto = z
  .object({
    groupId: z.uuid(),
    calendarId: z.uuid().nullable().describe("Null: measured on the ticket's resolution calendar"),
    minutes: z.object({
      critical: z.number().optional(),
      high: z.number().optional(),
      medium: z.number().optional(),
      low: z.number().optional(),
    }),
  })
  .meta({ id: "GroupTarget" });

const present = (row: GroupTargetRow): z.infer<typeof GroupTargetDto> => ({
  groupId: row.groupId,
  calendarId: row.calendarId,
  minutes: { ...row.minutes },
});

/** Internal per-group targets (OLA): how long a support group may hold an active ticket, per priority. */
export async function groupTargetRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["sla"];
  app.get(
    "/api/v1/sla/group-targets/:groupId",
    {
      schema: {
        tags,
        summary: "A support group's internal targets (staff)",
        params: Params,
        response: { 200: GroupTargetDto },
      },
    },
    async (request) => present(await getGroupTarget(deps, actorOf(request), request.params.groupId)),
  );

  app.put(
    "/api/v1/sla/group-targets/:groupId",
    {
      schema: {
        tags,
        summary:
          "Set a support group's internal targets in business minutes per priority (admin); a priority left out has none",
        params: Params,
        body: z.strictObject({ calendarId: z.uuid().nullable().default(null), minutes: PerPriority }),
        response: { 200: GroupTargetDto },
      },
    },
    async (request) => present(await setGroupTarget(deps, actorOf(request), request.params.groupId, request.body)),
  );
}
