import { z } from "zod";
import { REQUESTER_CHANNELS } from "../channels/requester-channel.ts";
import { setPreferredChannel } from "./set-preferred-channel.ts";
import type { Deps } from "../context.ts";
import type { HttpServer } from "../platform/http/server.ts";
import { ROLES } from "../shared/enums.ts";
import { addPerson } from "./add-person.ts";
import { MIN_PASSWORD_LENGTH } from "./create-person.ts";
import type { PersonRow } from "./directory.store.ts";
import { getPerson } from "./get-person.ts";
import { listPeople } from "./list-people.ts";
import { actorOf, sessionIdOf } from "./session.routes.ts";
import { storableText } from "../shared/storable-text.ts";
import { isTimeZone } from "../shared/time-zone.ts";
import { updatePerson } from "./update-person.ts";

const IdParam = z.object({ id: z.uuid() });
const Name = storableText().trim().min(1).max(200);
const Email = z.email().trim().max(320);
const Phone = storableText().trim().min(1).max(50);
const Extension = storableText()
  .trim()
  .regex(/^[0-9*#]{1,20}$/, "digits, * and #")
  .describe("The telephone extension they answer on (staff): the telephony webhook pops callers to them");
export const Locale = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "a language tag such as en or pt-BR");
/** An IANA time zone name, checked against the runtime's zone database. */
export const TimeZone = storableText()
  .max(64)
  .refine(isTimeZone, "an IANA time zone such as Asia/Karachi")
  .describe("IANA time zone, e.g. Asia/Karachi; null: the support calendar's");
const Password = z.string().min(MIN_PASSWORD_LENGTH).max(1024).describe(`At least ${MIN_PASSWORD_LENGTH} characters`); // checked-text: only its hash is stored

export const PersonDto = z
  .object({
    id: z.uuid(),
    organizationId: z.uuid(),
    name: z.string(),
    email: z.string(),
    phone: z.string().nullable(),
    extension: z.string().nullable().describe("Staff: the telephone extension they answer on (caller pop)"),
    preferredChannel: z
      .enum(REQUESTER_CHANNELS)
      .describe("Where notifications to them go: email, whatsapp (email until that channel lands) or portal"),
    role: z.enum(ROLES),
    orgManager: z.boolean().describe("A requester who sees all of their organization's tickets"),
    managerId: z.uuid().nullable().describe("The next person up the management chain"),
    active: z.boolean(),
    locale: z.string(),
    timeZone: z.string().nullable().describe("The zone the person reads times in; null: the support calendar's"),
    createdAt: z.string(),
  })
  .meta({ id: "Person" });

function present(row: PersonRow): z.infer<typeof PersonDto> {
  const { id, organizationId, name, email, phone, role, orgManager, managerId, active, locale, timeZone } = row;
  return {
    id,
    organizationId,
    name,
    email,
    phone,
    extension: row.extension,
    preferredChannel: row.preferredChannel,
    role,
    orgManager,
    managerId,
    active,
    locale,
    timeZone,
    createdAt: row.createdAt.toISOString(),
  };
}

const ListQuery = z.strictObject({
  organizationId: z.uuid().optional(),
  role: z.enum(ROLES).optional(),
  q: storableText().max(200).optional().describe("Part of the name or email"),
  active: z.stringbool().optional().describe("true or false"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: storableText().max(1000).optional(),
});

const CreateBody = z.strictObject({
  organizationId: z.uuid(),
  name: Name,
  email: Email,
  phone: Phone.nullish(),
  extension: Extension.nullish(),
  role: z.enum(ROLES),
  orgManager: z.boolean().optional(),
  managerId: z.uuid().nullish(),
  locale: Locale.optional(),
  timeZone: TimeZone.nullish(),
  password: Password.optional().describe("Optional: without one the person cannot sign in with a password"),
});

const UpdateBody = z.strictObject({
  name: Name.optional(),
  email: Email.optional(),
  phone: Phone.nullable().optional(),
  extension: Extension.nullable().optional(),
  role: z.enum(ROLES).optional(),
  orgManager: z.boolean().optional(),
  managerId: z.uuid().nullable().optional(),
  active: z.boolean().optional(),
  locale: Locale.optional(),
  timeZone: TimeZone.nullable().optional(),
  password: Password.optional(),
});

const PreferenceBody = z.strictObject({ preferredChannel: z.enum(REQUESTER_CHANNELS) });

/** The people of the directory: requesters and staff. */
export async function personRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["people"];
  app.get(
    "/api/v1/people",
    {
      schema: {
        tags,
        summary: "People you may see, by name",
        querystring: ListQuery,
        response: { 200: z.object({ items: z.array(PersonDto), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => {
      const page = await listPeople(deps, actorOf(request), request.query);
      return { items: page.items.map(present), nextCursor: page.nextCursor };
    },
  );

  app.get(
    "/api/v1/people/:id",
    { schema: { tags, summary: "One person", params: IdParam, response: { 200: PersonDto } } },
    async (request) => present(await getPerson(deps, actorOf(request), request.params.id)),
  );

  app.post(
    "/api/v1/people",
    { schema: { tags, summary: "Add a person (admin)", body: CreateBody, response: { 201: PersonDto } } },
    async (request, reply) => {
      const row = await addPerson(deps, actorOf(request), request.body);
      return reply.status(201).header("location", `/api/v1/people/${row.id}`).send(present(row));
    },
  );

  app.put(
    "/api/v1/people/:id/preferred-channel",
    {
      schema: {
        tags,
        summary: "Set where notifications to a person go (the person themself, or staff); audited",
        params: IdParam,
        body: PreferenceBody,
        response: { 200: PersonDto },
      },
    },
    async (request) =>
      present(await setPreferredChannel(deps, actorOf(request), request.params.id, request.body.preferredChannel)),
  );

  app.patch(
    "/api/v1/people/:id",
    {
      schema: {
        tags,
        summary: "Change a person (admin)",
        description:
          "A new `password` ends every other session of the person (yours survives if you change your own); deactivating them or lowering their role ends all their sessions. " +
          "Their API tokens are separate credentials: they stay valid after a password change (revoke them with DELETE /api/v1/tokens/{id}) and stop working while the person is inactive. " +
          "The last active admin cannot be demoted or deactivated (409 LAST_ADMIN).",
        params: IdParam,
        body: UpdateBody,
        response: { 200: PersonDto },
      },
    },
    async (request) =>
      present(
        await updatePerson(deps, actorOf(request), request.params.id, request.body, {
          currentSessionId: sessionIdOf(request),
        }),
      ),
  );
}
