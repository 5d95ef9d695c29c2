import { z } from "zod";
import type { Deps } from "../../context.ts";
import { actorOf } from "../../identity/session.routes.ts";
import { storableText } from "../../shared/storable-text.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { CHANNELS } from "../../shared/enums.ts";
import { createRoutingRule } from "./create-routing-rule.ts";
import { deleteRoutingRule } from "./delete-routing-rule.ts";
import { listRoutingRules } from "./list-routing-rules.ts";
import type { routingRules } from "../ticket.tables.ts";
import { updateRoutingRule } from "./update-routing-rule.ts";

const IdParam = z.object({ id: z.uuid() });
const Position = z.number().int().min(0).max(1_000_000).describe("Rules are tried in ascending position");

export const RoutingRuleDto = z
  .object({
    id: z.uuid(),
    name: z.string(),
    position: z.number().int(),
    categoryId: z.uuid().nullable().describe("Matches tickets of this category; null matches any"),
    organizationId: z.uuid().nullable().describe("Matches tickets of this organization; null matches any"),
    channel: z.enum(CHANNELS).nullable().describe("Matches tickets from this channel; null matches any"),
    groupId: z.uuid().describe("Where a matching ticket goes"),
    active: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: "RoutingRule" });

function present(row: typeof routingRules.$inferSelect): z.infer<typeof RoutingRuleDto> {
  const { id, name, position, categoryId, organizationId, channel, groupId, active } = row;
  return {
    id,
    name,
    position,
    categoryId,
    organizationId,
    channel,
    groupId,
    active,
    createdAt: row.createdAt.toISOString(),
  };
}

const Fields = {
  name: storableText().trim().min(1).max(200),
  position: Position,
  categoryId: z.uuid().nullable(),
  organizationId: z.uuid().nullable(),
  channel: z.enum(CHANNELS).nullable(),
  groupId: z.uuid(),
  active: z.boolean(),
};
const CreateBody = z.strictObject({
  ...Fields,
  categoryId: Fields.categoryId.optional(),
  organizationId: Fields.organizationId.optional(),
  channel: Fields.channel.optional(),
  active: Fields.active.default(true),
});
const UpdateBody = z.strictObject(Fields).partial();

/** Routing rules: which group a new ticket goes to (staff read, admins change). */
export async function routingRuleRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["routing rules"];
  app.get(
    "/api/v1/routing-rules",
    {
      schema: {
        tags,
        summary: "Routing rules in evaluation order (staff)",
        response: { 200: z.object({ items: z.array(RoutingRuleDto) }) },
      },
    },
    async (request) => ({ items: (await listRoutingRules(deps, actorOf(request))).map(present) }),
  );

  app.post(
    "/api/v1/routing-rules",
    { schema: { tags, summary: "Add a routing rule (admin)", body: CreateBody, response: { 201: RoutingRuleDto } } },
    async (request, reply) => {
      const row = await createRoutingRule(deps, actorOf(request), request.body);
      return reply.status(201).send(present(row));
    },
  );

  app.patch(
    "/api/v1/routing-rules/:id",
    {
      schema: {
        tags,
        summary: "Change a routing rule (admin)",
        params: IdParam,
        body: UpdateBody,
        response: { 200: RoutingRuleDto },
      },
    },
    async (request) => present(await updateRoutingRule(deps, actorOf(request), request.params.id, request.body)),
  );

  app.delete(
    "/api/v1/routing-rules/:id",
    { schema: { tags, summary: "Delete a routing rule (admin)", params: IdParam, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteRoutingRule(deps, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
