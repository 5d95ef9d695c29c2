import { useQuery } from "@tanstack/react-query";
import { client, type Schema } from "./client.ts";

export type WhatsappMessage = Schema<"WhatsappMessage">;

/** The WhatsApp channel's caches: each ticket's conversation, under the ticket's own key (a reply refreshes it). */
export const whatsappKeys = {
  ticket: (ref: string) => ["ticket", ref, "whatsapp"] as const,
};

/**
 * A WhatsApp ticket's conversation (staff): each message's delivery and the 24-hour customer-service window, refreshed
 * while a reply is queued or sent (receipts move it on to delivered and read).
 */
export const useTicketWhatsapp = (ticketRef: string, ticketId: string, enabled: boolean) =>
  useQuery({
    queryKey: whatsappKeys.ticket(ticketRef),
    enabled,
    queryFn: () => client.get("/api/v1/tickets/{id}/whatsapp", { path: { id: ticketId } }),
    refetchInterval: (query) =>
      query.state.data?.messages.some((m) => m.direction === "out" && (m.status === "queued" || m.status === "sent"))
        ? 10_000
        : false,
  });
