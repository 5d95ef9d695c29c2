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
import { isTimeZone } from "../shared/time-zone.ts";

const IdParam = z.object({ id: z.uuid() });
const Name = storableText().trim().min(1).max(200);
const Domain = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(/^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, "a domain name such as example.com")
  .describe("Email domain of its people, e.g. example.com");

const LocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, "a local time such as 08:30");
const Address = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "lower-case letters, digits and dashes, e.g. hq or lahore-branch")
    .describe("Its key within the organization, used by visits"),
  label: storableText().trim().min(1).max(120).describe("e.g. Head office"),
  street: storableText().trim().max(300).default(""),
  city: storableText().trim().max(120).default(""),
  timezone: z
    .string() // checked-text: an IANA zone name, checked against the runtime's zone database
    .max(64)
    .refine(isTimeZone, "an IANA time zone such as Asia/Karachi")
    .describe("The site's time zone: visits and their invitations are in its wall-clock time"),
  hours: z
    .strictObject({
      days: z.array(z.number().int().min(1).max(7)).min(1).max(7).describe("ISO weekdays: 1 Monday … 7 Sunday"),
      open: LocalTime,
      close: LocalTime,
    })
    .refine((h) => h.open < h.close, { message: "open must be before close", path: ["close"] })
    .nullable()
    .default(null)
    .describe("Opening hours: a visit outside them needs a reason"),
});
const Addresses = z
  .array(Address)
  .max(50)
  .refine((list) => new Set(list.map((a) => a.id)).size === list.length, "every address needs its own id");

export const OrganizationDto = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(ORGANIZATION_KINDS),
    domain: z.string().nullable(),
    addresses: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        street: z.string(),
        city: z.string(),
        timezone: z.string(),
        hours: z.object({ days: z.array(z.number()), open: z.string(), close: z.string() }).nullable(),
      }),
    ),
    createdAt: z.string(),
  })
  .meta({ id: "Organization" });

function present(row: typeof organizations.$inferSelect): z.infer<typeof OrganizationDto> {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    domain: row.domain,
    addresses: row.addresses,
    createdAt: row.createdAt.toISOString(),
  };
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
        summary: "Rename an organization, change its domain or its addresses (admin)",
        params: IdParam,
        body: z.strictObject({
          name: Name.optional(),
          domain: Domain.nullable().optional(),
          addresses: Addresses.optional().describe("The whole list of its sites (replaces the one before)"),
        }),
        response: { 200: OrganizationDto },
      },
    },
    async (request) => present(await updateOrganization(deps, actorOf(request), request.params.id, request.body)),
  );
}
