import { z } from "zod";
import type { Deps } from "../context.ts";
import type { HttpServer } from "../platform/http/server.ts";
import { AUDIT_ENTITIES } from "./audit.ts";
import type { AuditRow } from "./audit.store.ts";
import { listAudit } from "./list-audit.ts";
import { actorOf } from "./session.routes.ts";
import { storableText } from "../shared/storable-text.ts";

export const AuditEntryDto = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actorId: z.uuid().nullable().describe("null when Frontline itself made the change"),
    actorName: z.string().nullable().describe("The actor's name (null for Frontline itself)"),
    action: z.string().describe("e.g. person.updated"),
    entity: z.enum(AUDIT_ENTITIES),
    entityId: z.string(),
    entityLabel: z
      .string()
      .nullable()
      .describe('What people call the changed object: a name, a title, "#10023 Subject" for a rated ticket'),
    changes: z.record(z.string(), z.unknown()).describe('{field: {from, to}}; a password shows only as "[changed]"'),
  })
  .meta({ id: "AuditEntry" });

function present(row: AuditRow): z.infer<typeof AuditEntryDto> {
  const { id, actorId, actorName, action, entityId, entityLabel, changes } = row;
  return {
    id,
    at: row.at.toISOString(),
    actorId,
    actorName,
    action,
    entity: row.entity as z.infer<typeof AuditEntryDto>["entity"],
    entityId,
    entityLabel,
    changes,
  };
}

const Query = z.strictObject({
  entity: z.enum(AUDIT_ENTITIES).optional(),
  entityId: storableText().max(100).optional(),
  actorId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z
    .string()
    .regex(/^\d{1,15}$/, "a cursor this API returned")
    .optional(),
});

/** The audit log of directory and settings changes (admins). */
export async function auditRoutes(app: HttpServer, deps: Deps): Promise<void> {
  app.get(
    "/api/v1/audit",
    {
      schema: {
        tags: ["audit"],
        summary: "Who changed what in the directory and settings, newest first (admin)",
        querystring: Query,
        response: { 200: z.object({ items: z.array(AuditEntryDto), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => {
      const { cursor, ...filters } = request.query;
      const page = await listAudit(deps, actorOf(request), {
        ...filters,
        ...(cursor ? { before: Number(cursor) } : {}),
      });
      return { items: page.items.map(present), nextCursor: page.next === null ? null : String(page.next) };
    },
  );
}
