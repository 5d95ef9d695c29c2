import { z } from "zod";
import type { Deps } from "../../context.ts";
import { actorOf } from "../../identity/session.routes.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { CHANNELS, IMPACTS, PRIORITIES, TICKET_TYPES, URGENCIES } from "../../shared/enums.ts";
import { Instant } from "../../shared/instant.ts";
import { storableText } from "../../shared/storable-text.ts";
import { createPolicy } from "./create-policy.ts";
import { deletePolicy } from "./delete-policy.ts";
import { getPolicy } from "./get-policy.ts";
import { listPolicies } from "./list-policies.ts";
import { CLOCK_KINDS, PolicyConditions, PolicyDefinition } from "./policy.ts";
import type { PolicyView } from "./policy-definition.ts";
import type { PolicyVersionRow } from "./policy.store.ts";
import { previewSla } from "./preview-sla.ts";
import { revisePolicy } from "./revise-policy.ts";
import { formatOn } from "../calendar/sla-time.ts";
import { updatePolicy } from "./update-policy.ts";

const IdParam = z.object({ id: z.uuid() });
const Name = storableText().trim().min(1).max(100);
const Position = z
  .number()
  .int()
  .min(0)
  .max(1_000_000)
  .describe("Policies are tried by ascending position; the default is the fallback");

// One schema for what an admin writes and what the API answers: the policy rules' own (policy.ts), named once.
const Definition = PolicyDefinition.meta({ id: "SlaPolicyDefinition" });
const Conditions = PolicyConditions.meta({ id: "SlaPolicyConditions" });

const VersionDto = z
  .object({
    id: z.uuid(),
    version: z.number().int(),
    effectiveFrom: z.string(),
    definition: Definition,
    createdBy: z.uuid().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: "SlaPolicyVersion" });
const PolicyDto = z
  .object({
    id: z.uuid(),
    name: z.string(),
    position: z.number().int(),
    isDefault: z.boolean(),
    active: z.boolean(),
    conditions: Conditions,
    createdAt: z.string(),
    current: VersionDto.nullable().describe("The version new tickets get now"),
  })
  .meta({ id: "SlaPolicy" });
const PolicyDetailDto = PolicyDto.extend({
  versions: z.array(VersionDto).describe("Every version, oldest first"),
}).meta({ id: "SlaPolicyDetail" });

const PreviewDto = z
  .object({
    policy: z.object({ id: z.uuid(), name: z.string(), versionId: z.uuid(), version: z.number().int() }),
    priority: z.enum(PRIORITIES),
    openedAt: z.string(),
    targets: z.array(
      z.object({
        clock: z.enum(CLOCK_KINDS),
        minutes: z.number().describe("Business minutes"),
        calendarId: z.uuid(),
        calendarName: z.string(),
        deadline: z
          .string()
          .nullable()
          .describe(
            "ISO 8601 with the calendar's offset; null for next reply (it starts when the requester writes again)",
          ),
      }),
    ),
  })
  .meta({ id: "SlaPreview" });

function presentVersion(v: PolicyVersionRow): z.infer<typeof VersionDto> {
  return {
    id: v.id,
    version: v.version,
    effectiveFrom: v.effectiveFrom.toISOString(),
    definition: v.definition,
    createdBy: v.createdBy,
    createdAt: v.createdAt.toISOString(),
  };
}

function present(view: PolicyView): z.infer<typeof PolicyDto> {
  const { id, name, position, isDefault, active, conditions, createdAt } = view.policy;
  return {
    id,
    name,
    position,
    isDefault,
    active,
    conditions,
    createdAt: createdAt.toISOString(),
    current: view.current && presentVersion(view.current),
  };
}

const detail = (view: PolicyView) => ({ ...present(view), versions: view.versions.map(presentVersion) });

function presentPreview(p: Awaited<ReturnType<typeof previewSla>>): z.infer<typeof PreviewDto> {
  return {
    policy: { id: p.policy.id, name: p.policy.name, versionId: p.version.id, version: p.version.version },
    priority: p.priority,
    openedAt: formatOn(p.timeline, p.openedAt),
    targets: p.targets.map((t) => ({
      clock: t.clock,
      minutes: t.minutes,
      calendarId: t.calendarId,
      calendarName: t.calendarName,
      deadline: t.deadline === null ? null : formatOn(t.timeline, t.deadline),
    })),
  };
}

const PreviewBody = z.strictObject({
  organizationId: z.uuid(),
  type: z.enum(TICKET_TYPES),
  categoryId: z.uuid().nullish(),
  channel: z.enum(CHANNELS),
  priority: z.enum(PRIORITIES).optional().describe("Or give impact and urgency for the matrix to decide"),
  impact: z.enum(IMPACTS).optional(),
  urgency: z.enum(URGENCIES).optional(),
  openedAt: Instant.optional().describe("Count deadlines from here (default now)"),
});

/** SLA policies (staff read, admins change; targets change as versions) and the preview of what a ticket would get. */
export async function policyRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["sla"];
  app.get(
    "/api/v1/sla/policies",
    {
      schema: {
        tags,
        summary: "SLA policies in evaluation order, each with the version in force now (staff)",
        response: { 200: z.object({ items: z.array(PolicyDto) }) },
      },
    },
    async (request) => ({ items: (await listPolicies(deps, actorOf(request))).map(present) }),
  );

  app.get(
    "/api/v1/sla/policies/:id",
    {
      schema: {
        tags,
        summary: "One SLA policy with all its versions (staff)",
        params: IdParam,
        response: { 200: PolicyDetailDto },
      },
    },
    async (request) => detail(await getPolicy(deps, actorOf(request), request.params.id)),
  );

  app.post(
    "/api/v1/sla/policies",
    {
      schema: {
        tags,
        summary: "Add an SLA policy (admin): version 1, in force now",
        body: z.strictObject({
          name: Name,
          position: Position.default(100),
          conditions: Conditions.default({}),
          definition: Definition,
        }),
        response: { 201: PolicyDetailDto },
      },
    },
    async (request, reply) => {
      const view = await createPolicy(deps, actorOf(request), request.body);
      return reply.status(201).header("location", `/api/v1/sla/policies/${view.policy.id}`).send(detail(view));
    },
  );

  app.put(
    "/api/v1/sla/policies/:id",
    {
      schema: {
        tags,
        summary:
          "Change a policy's targets, pauses, warnings or escalations (admin): version n+1, in force now or at a future effectiveFrom; open tickets keep theirs",
        params: IdParam,
        body: z.strictObject({
          definition: Definition,
          effectiveFrom: Instant.optional().describe("Default now; never in the past"),
        }),
        response: { 200: PolicyDetailDto },
      },
    },
    async (request) => detail(await revisePolicy(deps, actorOf(request), request.params.id, request.body)),
  );

  app.patch(
    "/api/v1/sla/policies/:id",
    {
      schema: {
        tags,
        summary:
          "Rename, reorder, (de)activate a policy or change its conditions (admin). Not versioned: applies at once to new tickets",
        params: IdParam,
        body: z.strictObject({
          name: Name.optional(),
          position: Position.optional(),
          active: z.boolean().optional(),
          conditions: Conditions.optional(),
        }),
        response: { 200: PolicyDetailDto },
      },
    },
    async (request) => detail(await updatePolicy(deps, actorOf(request), request.params.id, request.body)),
  );

  app.delete(
    "/api/v1/sla/policies/:id",
    {
      schema: {
        tags,
        summary: "Delete a policy no ticket is measured under (admin); never the default",
        params: IdParam,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deletePolicy(deps, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/v1/sla/preview",
    {
      schema: {
        tags,
        summary: "The policy, version and deadlines a ticket with these facts would get now (staff)",
        body: PreviewBody,
        response: { 200: PreviewDto },
      },
    },
    async (request) => presentPreview(await previewSla(deps, actorOf(request), request.body)),
  );
}
