import { z } from "zod";
import type { Deps } from "../../context.ts";
import { actorOf } from "../../identity/session.routes.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { storableText } from "../../shared/storable-text.ts";
import type { CannedResponseRow } from "./canned-response.store.ts";
import { createCannedResponse } from "./create-canned-response.ts";
import { deleteCannedResponse } from "./delete-canned-response.ts";
import { listCannedResponses } from "./list-canned-responses.ts";
import { updateCannedResponse } from "./update-canned-response.ts";

const IdParam = z.object({ id: z.uuid() });
const Title = storableText().trim().min(1).max(120);
const Body = storableText()
  .max(20_000)
  .refine((s) => s.trim().length > 0, "must not be empty");

export const CannedResponseDto = z
  .object({ id: z.uuid(), title: z.string(), body: z.string(), createdBy: z.uuid().nullable(), updatedAt: z.string() })
  .meta({ id: "CannedResponse" });

function present(row: CannedResponseRow): z.infer<typeof CannedResponseDto> {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Reply texts agents insert into the editor: every staff member reads them, managers and admins keep them. */
export async function cannedResponseRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["canned responses"];
  app.get(
    "/api/v1/canned-responses",
    {
      schema: {
        tags,
        summary: "Canned responses by title (staff)",
        querystring: z.strictObject({
          q: storableText().max(200).optional().describe("Only those whose title or body contains this"),
        }),
        response: { 200: z.object({ items: z.array(CannedResponseDto) }) },
      },
    },
    async (request) => ({ items: (await listCannedResponses(deps, actorOf(request), request.query.q)).map(present) }),
  );

  app.post(
    "/api/v1/canned-responses",
    {
      schema: {
        tags,
        summary: "Add a canned response (managers, admins)",
        body: z.strictObject({ title: Title, body: Body }),
        response: { 201: CannedResponseDto },
      },
    },
    async (request, reply) => {
      const row = await createCannedResponse(deps, actorOf(request), request.body);
      return reply.status(201).header("location", `/api/v1/canned-responses/${row.id}`).send(present(row));
    },
  );

  app.patch(
    "/api/v1/canned-responses/:id",
    {
      schema: {
        tags,
        summary: "Retitle or rewrite a canned response (managers, admins)",
        params: IdParam,
        body: z.strictObject({ title: Title.optional(), body: Body.optional() }),
        response: { 200: CannedResponseDto },
      },
    },
    async (request) => present(await updateCannedResponse(deps, actorOf(request), request.params.id, request.body)),
  );

  app.delete(
    "/api/v1/canned-responses/:id",
    {
      schema: {
        tags,
        summary: "Delete a canned response (managers, admins)",
        params: IdParam,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteCannedResponse(deps, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
