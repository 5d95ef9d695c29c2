import { z } from "zod";
import type { Deps } from "../context.ts";
import type { HttpServer } from "../platform/http/server.ts";
import { ORGANIZATION_KINDS } from "../shared/enums.ts";
import { createOrganization } from "./create-organization.ts";
import { getOrganization } from "./get-organization.ts";
import type { organizations } from "./identity.tables.ts";
import { listOrganizations } from "./list-organizations.ts";
import { actorOf } from "./session.routes.ts";
import { storableText } from "../shared/storable-text.ts";
import { updateOrganization } from "./update-organization.ts";

const IdParam = z.object({ id: z.uuid() });
const Name = storableText().trim().min(1).max(200);
const Domain = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(/^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, "a domain name such as example.com")
  .describe("Email domain of its people, e.g. example.com");

export const OrganizationDto = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(ORGANIZATION_KINDS),
    domain: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: "Organization" });

function present(row: typeof organizations.$inferSelect): z.infer<typeof OrganizationDto> {
  return { id: row.id, name: row.name, kind: row.kind, domain: row.domain, createdAt: row.createdAt.toISOString() };
}

/** Organizations: the provider and its client companies. */
export async function organizationRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["organizations"];
  app.get(
    "/api/v1/organizations",
    {
      schema: {
        tags,
        summary: "Organizations you may see (a requester: only their own)",
        response: { 200: z.object({ items: z.array(OrganizationDto) }) },
      },
    },
    async (request) => ({ items: (await listOrganizations(deps, actorOf(request))).map(present) }),
  );

  app.get(
    "/api/v1/organizations/:id",
    { schema: { tags, summary: "One organization", params: IdParam, response: { 200: OrganizationDto } } },
    async (request) => present(await getOrganization(deps, actorOf(request), request.params.id)),
  );

  app.post(
    "/api/v1/organizations",
    {
      schema: {
        tags,
        summary: "Add an organization (admin)",
        body: z.strictObject({
          name: Name,
          kind: z.enum(ORGANIZATION_KINDS).default("client"),
          domain: Domain.nullish(),
        }),
        response: { 201: OrganizationDto },
      },
    },
    async (request, reply) => {
      const row = await createOrganization(deps, actorOf(request), request.body);
      return reply.status(201).header("location", `/api/v1/organizations/${row.id}`).send(present(row));
    },
  );

  app.patch(
    "/api/v1/organizations/:id",
    {
      schema: {
        tags,
        summary: "Rename an organization or change its domain (admin)",
        params: IdParam,
        body: z.strictObject({ name: Name.optional(), domain: Domain.nullable().optional() }),
        response: { 200: OrganizationDto },
      },
    },
    async (request) => present(await updateOrganization(deps, actorOf(request), request.params.id, request.body)),
  );
}
