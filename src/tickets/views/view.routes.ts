import { z } from "zod";
import type { Deps } from "../../context.ts";
import { actorOf } from "../../identity/session.routes.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { storableText } from "../../shared/storable-text.ts";
import { createSavedView } from "./create-saved-view.ts";
import { deleteSavedView } from "./delete-saved-view.ts";
import { listViews, savedParameters } from "./list-views.ts";
import { ViewFilters } from "../ticket/ticket-list-query.ts";
import { updateSavedView } from "./update-saved-view.ts";
import type { SavedViewRow } from "./views.store.ts";

const IdParam = z.object({ id: z.uuid() });
const Name = storableText().trim().min(1).max(80);
const Position = z.number().int().min(0).max(10_000);
const Filters = ViewFilters.describe("Query parameters of GET /api/v1/tickets, as strings (no limit or cursor)");

const ViewDto = z
  .object({
    key: z
      .string()
      .describe("mine, unassigned, breaching-soon, breached, open, priority-<p>, org-<organizationId>, saved-<id>"),
    kind: z.enum(["standard", "priority", "organization", "saved"]),
    id: z.uuid().nullable().describe("The saved view's id; null for the others"),
    name: z.string().nullable().describe("The organization's or the saved view's name; null for the standard views"),
    filters: z
      .record(z.string(), z.string())
      .describe("Exactly the query parameters of GET /api/v1/tickets that list the view"),
    count: z.number().int().describe("Tickets in the view now (what the list with these filters holds)"),
  })
  .meta({ id: "View" });

const SavedViewDto = z
  .object({
    id: z.uuid(),
    key: z.string(),
    name: z.string(),
    filters: z.record(z.string(), z.string()),
    position: z.number().int(),
  })
  .meta({ id: "SavedView" });

function presentSaved(row: SavedViewRow): z.infer<typeof SavedViewDto> {
  return { id: row.id, key: `saved-${row.id}`, name: row.name, filters: savedParameters(row), position: row.position };
}

/** The console's queues with live counts, and each agent's own saved views. Staff only. */
export async function viewRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["views"];
  app.get(
    "/api/v1/views",
    {
      schema: {
        tags,
        summary: "Standard, priority, organization and your saved views, with how many tickets each holds",
        response: { 200: z.object({ items: z.array(ViewDto) }) },
      },
    },
    async (request) => ({ items: await listViews(deps, actorOf(request)) }),
  );

  app.post(
    "/api/v1/views",
    {
      schema: {
        tags,
        summary: "Save a view (a named set of ticket list filters)",
        body: z.strictObject({ name: Name, filters: Filters, position: Position.optional() }),
        response: { 201: SavedViewDto },
      },
    },
    async (request, reply) => {
      const row = await createSavedView(deps, actorOf(request), request.body);
      return reply.status(201).header("location", `/api/v1/views/${row.id}`).send(presentSaved(row));
    },
  );

  app.patch(
    "/api/v1/views/:id",
    {
      schema: {
        tags,
        summary: "Rename, refilter or move one of your saved views",
        params: IdParam,
        body: z.strictObject({ name: Name.optional(), filters: Filters.optional(), position: Position.optional() }),
        response: { 200: SavedViewDto },
      },
    },
    async (request) => presentSaved(await updateSavedView(deps, actorOf(request), request.params.id, request.body)),
  );

  app.delete(
    "/api/v1/views/:id",
    { schema: { tags, summary: "Delete one of your saved views", params: IdParam, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteSavedView(deps, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
