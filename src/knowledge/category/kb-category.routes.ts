import { z } from "zod";
import type { Deps } from "../../context.ts";
import { actorOf } from "../../identity/session.routes.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { storableText } from "../../shared/storable-text.ts";
import { createKbCategory } from "./create-kb-category.ts";
import { listKbCategories } from "./list-kb-categories.ts";
import { updateKbCategory } from "./update-kb-category.ts";

const Name = storableText().trim().min(1).max(80);
const NameUr = storableText().trim().min(1).max(80).nullable().describe("The name shown to people reading in Urdu");
const KbCategoryDto = z
  .object({ id: z.uuid(), name: z.string(), nameUr: z.string().nullable(), articleCount: z.number().int() })
  .meta({ id: "KbCategory" });

/** Knowledge base categories: every signed-in person reads them, staff keep them. */
export async function kbCategoryRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["knowledge base"];
  app.get(
    "/api/v1/kb/categories",
    {
      schema: {
        tags,
        summary: "Knowledge base categories by name",
        response: { 200: z.object({ items: z.array(KbCategoryDto) }) },
      },
    },
    async (request) => ({ items: await listKbCategories(deps, actorOf(request)) }),
  );

  app.post(
    "/api/v1/kb/categories",
    {
      schema: {
        tags,
        summary: "Add a knowledge base category (staff)",
        body: z.strictObject({ name: Name, nameUr: NameUr.optional() }),
        response: { 201: KbCategoryDto },
      },
    },
    async (request, reply) => {
      const row = await createKbCategory(deps, actorOf(request), request.body);
      return reply.status(201).send({ id: row.id, name: row.name, nameUr: row.nameUr, articleCount: 0 });
    },
  );

  app.patch(
    "/api/v1/kb/categories/:id",
    {
      schema: {
        tags,
        summary: "Rename a knowledge base category or set its Urdu name (staff)",
        params: z.object({ id: z.uuid() }),
        body: z.strictObject({ name: Name.optional(), nameUr: NameUr.optional() }),
        response: { 200: KbCategoryDto.omit({ articleCount: true }) },
      },
    },
    async (request) => {
      const row = await updateKbCategory(deps, actorOf(request), request.params.id, request.body);
      return { id: row.id, name: row.name, nameUr: row.nameUr };
    },
  );
}
