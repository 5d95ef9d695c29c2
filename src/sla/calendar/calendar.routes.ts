import { z } from "zod";
import type { Deps } from "../../context.ts";
import { actorOf } from "../../identity/session.routes.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import type { CalendarView } from "./calendar-definition.ts";
import type { CalendarVersionRow } from "./calendar.store.ts";
import { createCalendar } from "./create-calendar.ts";
import { deleteCalendar } from "./delete-calendar.ts";
import { getCalendar } from "./get-calendar.ts";
import { listCalendars } from "./list-calendars.ts";
import { reviseCalendar } from "./revise-calendar.ts";
import { CalendarSchema } from "./calendar.ts";
import { Instant } from "../../shared/instant.ts";
import { storableText } from "../../shared/storable-text.ts";

const IdParam = z.object({ id: z.uuid() });
const Name = storableText().trim().min(1).max(100);
const Definition = z
  .unknown()
  .describe(
    '{"timezone": "Asia/Karachi", "weekly": {"mon": [["09:00", "18:00"]], …}, "holidays": ["2026-12-25", {"date": "2026-08-14", "recurring": true}], "overrides": {"2026-03-02": [["10:00", "15:00"]], "2026-03-07": []}} (per-date hours replace that date\'s weekly hours, and win over a holiday; [] closes the day) or {"timezone": "UTC", "always": true}',
  );

// The definition as the calendar rules validate it on the way in (calendar.ts), so the documented answer is exactly what
// an admin writes. Requests keep an open `definition`: the use case parses it to name every field at fault.
const CalendarDefinitionDto = CalendarSchema.meta({ id: "CalendarDefinition" });

const VersionDto = z
  .object({
    id: z.uuid(),
    effectiveFrom: z.string(),
    definition: CalendarDefinitionDto,
    createdBy: z.uuid().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: "CalendarVersion" });
const CalendarDto = z
  .object({
    id: z.uuid(),
    name: z.string(),
    timezone: z.string(),
    createdAt: z.string(),
    current: VersionDto.describe("The version in force now"),
  })
  .meta({ id: "Calendar" });
const CalendarDetailDto = CalendarDto.extend({
  versions: z.array(VersionDto).describe("Every version, oldest effective first"),
}).meta({ id: "CalendarDetail" });

function presentVersion(v: CalendarVersionRow): z.infer<typeof VersionDto> {
  return {
    id: v.id,
    effectiveFrom: v.effectiveFrom.toISOString(),
    // Stored only after CalendarSchema parsed it (validCalendar): the same shape, its lists merely typed readonly.
    definition: v.definition as z.infer<typeof CalendarDefinitionDto>,
    createdBy: v.createdBy,
    createdAt: v.createdAt.toISOString(),
  };
}

function present(view: CalendarView): z.infer<typeof CalendarDto> {
  const { id, name, createdAt } = view.calendar;
  return {
    id,
    name,
    timezone: view.current.definition.timezone,
    createdAt: createdAt.toISOString(),
    current: presentVersion(view.current),
  };
}

const detail = (view: CalendarView) => ({ ...present(view), versions: view.versions.map(presentVersion) });

/** Support-hours calendars: staff read, admins add, edit (as new versions) and delete. */
export async function calendarRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["sla"];
  app.get(
    "/api/v1/sla/calendars",
    {
      schema: {
        tags,
        summary: "Support-hours calendars with the version in force now (staff)",
        response: { 200: z.object({ items: z.array(CalendarDto) }) },
      },
    },
    async (request) => ({ items: (await listCalendars(deps, actorOf(request))).map(present) }),
  );

  app.get(
    "/api/v1/sla/calendars/:id",
    {
      schema: {
        tags,
        summary: "One calendar with all its versions (staff)",
        params: IdParam,
        response: { 200: CalendarDetailDto },
      },
    },
    async (request) => detail(await getCalendar(deps, actorOf(request), request.params.id)),
  );

  app.post(
    "/api/v1/sla/calendars",
    {
      schema: {
        tags,
        summary: "Add a calendar (admin); problems name the field, e.g. body.definition.weekly.mon[0][0]",
        body: z.strictObject({ name: Name, definition: Definition }),
        response: { 201: CalendarDetailDto },
      },
    },
    async (request, reply) => {
      const view = await createCalendar(deps, actorOf(request), request.body);
      return reply.status(201).header("location", `/api/v1/sla/calendars/${view.calendar.id}`).send(detail(view));
    },
  );

  app.put(
    "/api/v1/sla/calendars/:id",
    {
      schema: {
        tags,
        summary:
          "Edit a calendar (admin): a new version, effective now or at a future effectiveFrom; time before it keeps the old hours",
        params: IdParam,
        body: z.strictObject({
          definition: Definition,
          effectiveFrom: Instant.optional().describe("Default now; never in the past"),
        }),
        response: { 200: CalendarDetailDto },
      },
    },
    async (request) => detail(await reviseCalendar(deps, actorOf(request), request.params.id, request.body)),
  );

  app.delete(
    "/api/v1/sla/calendars/:id",
    {
      schema: {
        tags,
        summary: "Delete a calendar no policy or group target uses (admin)",
        params: IdParam,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteCalendar(deps, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
