import { z } from "zod";
import type { Deps } from "../context.ts";
import type { HttpServer } from "../platform/http/server.ts";
import { ASSIGNMENT_STRATEGIES } from "../shared/enums.ts";
import { createGroup } from "./create-group.ts";
import { getGroup } from "./get-group.ts";
import type { GroupRow } from "./group.store.ts";
import { listGroups } from "./list-groups.ts";
import { actorOf } from "./session.routes.ts";
import { setGroupMembers } from "./set-group-members.ts";
import { storableText } from "../shared/storable-text.ts";
import { updateGroup } from "./update-group.ts";

const IdParam = z.object({ id: z.uuid() });
const Name = storableText().trim().min(1).max(200);
// The name in Urdu (optional): empty or null clears it, and the name as typed is shown to Urdu readers.
const NameUr = storableText().trim().max(200).nullable().describe("The name in Urdu; empty or null: none");
const Tier = z.number().int().min(1).max(9).describe("1 = service desk; higher tiers take escalations");
const Assignment = z.enum(ASSIGNMENT_STRATEGIES).describe("How new tickets in the group get an assignee");

export const GroupDto = z
  .object({
    id: z.uuid(),
    name: z.string(),
    nameUr: z.string().nullable().describe("The name in Urdu, shown when the app is in Urdu; null: none"),
    tier: z.number().int(),
    leadId: z.uuid().nullable(),
    assignment: z.enum(ASSIGNMENT_STRATEGIES),
    memberIds: z.array(z.uuid()),
    createdAt: z.string(),
  })
  .meta({ id: "SupportGroup" });

function present(row: GroupRow): z.infer<typeof GroupDto> {
  const { id, name, nameUr, tier, leadId, assignment, memberIds } = row;
  return { id, name, nameUr, tier, leadId, assignment, memberIds, createdAt: row.createdAt.toISOString() };
}

/** Support groups and their members (staff read, admins change). */
export async function groupRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["groups"];
  app.get(
    "/api/v1/groups",
    {
      schema: {
        tags,
        summary: "Support groups, by tier (staff)",
        response: { 200: z.object({ items: z.array(GroupDto) }) },
      },
    },
    async (request) => ({ items: (await listGroups(deps, actorOf(request))).map(present) }),
  );

  app.get(
    "/api/v1/groups/:id",
    { schema: { tags, summary: "One support group (staff)", params: IdParam, response: { 200: GroupDto } } },
    async (request) => present(await getGroup(deps, actorOf(request), request.params.id)),
  );

  app.post(
    "/api/v1/groups",
    {
      schema: {
        tags,
        summary: "Add a support group (admin)",
        body: z.strictObject({
          name: Name,
          nameUr: NameUr.optional(),
          tier: Tier,
          leadId: z.uuid().nullish(),
          assignment: Assignment.default("manual"),
        }),
        response: { 201: GroupDto },
      },
    },
    async (request, reply) => {
      const row = await createGroup(deps, actorOf(request), request.body);
      return reply.status(201).header("location", `/api/v1/groups/${row.id}`).send(present(row));
    },
  );

  app.patch(
    "/api/v1/groups/:id",
    {
      schema: {
        tags,
        summary: "Change a support group (admin)",
        params: IdParam,
        body: z.strictObject({
          name: Name.optional(),
          nameUr: NameUr.optional(),
          tier: Tier.optional(),
          leadId: z.uuid().nullable().optional(),
          assignment: Assignment.optional(),
        }),
        response: { 200: GroupDto },
      },
    },
    async (request) => present(await updateGroup(deps, actorOf(request), request.params.id, request.body)),
  );

  app.put(
    "/api/v1/groups/:id/members",
    {
      schema: {
        tags,
        summary: "Replace a group's members (admin); each must be an agent, manager or admin",
        params: IdParam,
        body: z.strictObject({ personIds: z.array(z.uuid()).max(500) }),
        response: { 200: GroupDto },
      },
    },
    async (request) =>
      present(await setGroupMembers(deps, actorOf(request), request.params.id, request.body.personIds)),
  );
}
