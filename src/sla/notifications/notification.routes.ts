import { z } from "zod";
import type { Deps } from "../../context.ts";
import { actorOf } from "../../identity/session.routes.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { listNotifications } from "./list-notifications.ts";
import type { NotificationRow } from "./notification.store.ts";
import { readAllNotifications } from "./read-all-notifications.ts";
import { readNotification } from "./read-notification.ts";

const NotificationDto = z
  .object({
    id: z.uuid(),
    ticketId: z.uuid().nullable(),
    articleId: z.uuid().nullable().describe("The knowledge base article it is about (kb.review_overdue)"),
    kind: z.string().describe("e.g. sla.warning, sla.breach, escalation.manual, kb.review_overdue"),
    title: z.string(),
    body: z.string(),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .meta({ id: "Notification" });

function present(row: NotificationRow): z.infer<typeof NotificationDto> {
  const { id, ticketId, articleId, kind, title, body } = row;
  return {
    id,
    ticketId,
    articleId,
    kind,
    title,
    body,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}

/** The caller's in-app notifications (escalations, SLA warnings and breaches, overdue article reviews). */
export async function notificationRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["notifications"];
  app.get(
    "/api/v1/notifications",
    {
      schema: {
        tags,
        summary: "Your notifications, unread first, then newest first",
        querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
        response: { 200: z.object({ items: z.array(NotificationDto), unread: z.number().int() }) },
      },
    },
    async (request) => {
      const page = await listNotifications(deps, actorOf(request), request.query.limit);
      return { items: page.items.map(present), unread: page.unread };
    },
  );

  app.post(
    "/api/v1/notifications/read-all",
    {
      schema: {
        tags,
        summary: "Mark all of your notifications read",
        response: { 200: z.object({ marked: z.number().int(), unread: z.literal(0) }) },
      },
    },
    async (request) => readAllNotifications(deps, actorOf(request)),
  );

  app.post(
    "/api/v1/notifications/:id/read",
    {
      schema: {
        tags,
        summary: "Mark one of your notifications read",
        params: z.object({ id: z.uuid() }),
        response: { 200: NotificationDto },
      },
    },
    async (request) => present(await readNotification(deps, actorOf(request), request.params.id)),
  );
}
