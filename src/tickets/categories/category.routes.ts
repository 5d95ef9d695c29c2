import { z } from "zod";
import type { Deps } from "../../context.ts";
import { actorOf } from "../../identity/session.routes.ts";
import { storableText } from "../../shared/storable-text.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { createCategory } from "./create-category.ts";
import { listCategories } from "./list-categories.ts";
import type { categories } from "../ticket.tables.ts";
import { updateCategory } from "./update-category.ts";

const Name = storableText().trim().min(1).max(100);
const Description = storableText().trim().max(2000);
// The name in Urdu (optional): empty or null clears it, and the name as typed is shown to Urdu readers.
const NameUr = storableText().trim().max(100).nullable().describe("The name in Urdu; empty or null: none");

export const CategoryDto = z
  .object({
    id: z.uuid(),
    name: z.string(),
    nameUr: z.string().nullable().describe("The name in Urdu, shown when the app is in Urdu; null: none"),
    description: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: "Category" });

function present(row: typeof categories.$inferSelect): z.infer<typeof CategoryDto> {
  return {
    id: row.id,
    name: row.name,
    nameUr: row.nameUr,
    description: row.description,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Ticket categories: everyone reads them (to file tickets), admins change them. */
export async function categoryRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["categories"];
  app.get(
    "/api/v1/categories",
    {
      schema: {
        tags,
        summary: "Ticket categories, by name",
        response: { 200: z.object({ items: z.array(CategoryDto) }) },
      },
    },
    async (request) => ({ items: (await listCategories(deps, actorOf(request))).map(present) }),
  );

  app.post(
    "/api/v1/categories",
    {
      schema: {
        tags,
        summary: "Add a category (admin)",
        body: z.strictObject({ name: Name, nameUr: NameUr.optional(), description: Description.optional() }),
        response: { 201: CategoryDto },
      },
    },
    async (request, reply) => {
      const row = await createCategory(deps, actorOf(request), request.body);
      return reply.status(201).send(present(row));
    },
  );

  app.patch(
    "/api/v1/categories/:id",
    {
      schema: {
        tags,
        summary: "Rename or redescribe a category (admin)",
        params: z.object({ id: z.uuid() }),
        body: z.strictObject({ name: Name.optional(), nameUr: NameUr.optional(), description: Description.optional() }),
        response: { 200: CategoryDto },
      },
    },
    async (request) => present(await updateCategory(deps, actorOf(request), request.params.id, request.body)),
  );
}
