import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { client, type ApiBody, type Schema } from "./client.ts";

export type WhatsappMessage = Schema<"WhatsappMessage">;
export type WhatsappNumber = Schema<"WhatsappNumber">;
export type WhatsappTemplate = Schema<"WhatsappTemplate">;
export type NewWhatsappNumber = ApiBody<"/api/v1/whatsapp/numbers", "post">;
export type WhatsappNumberChange = ApiBody<"/api/v1/whatsapp/numbers/{id}", "patch">;
export type NewWhatsappTemplate = ApiBody<"/api/v1/whatsapp/templates", "post">;
export type WhatsappTemplateChange = ApiBody<"/api/v1/whatsapp/templates/{id}", "patch">;

/**
 * The WhatsApp channel's caches: the admin page's numbers and templates, and each ticket's conversation under the
 * ticket's own key (a reply refreshes it).
 */
export const whatsappKeys = {
  all: ["whatsapp"] as const,
  numbers: ["whatsapp", "numbers"] as const,
  templates: ["whatsapp", "templates"] as const,
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

/**
 * On a WhatsApp ticket: the outbound WhatsApp message each public reply or template event went out as, by the event's
 * seq (the conversation shows its delivery there). Shares the ticket's WhatsApp query with the panel.
 */
export const useWhatsappSent = (ticketRef: string, ticketId: string, enabled: boolean) => {
  const query = useTicketWhatsapp(ticketRef, ticketId, enabled);
  const bySeq = new Map<number, WhatsappMessage>();
  for (const m of query.data?.messages ?? [])
    if (m.direction === "out" && m.eventSeq !== null) bySeq.set(m.eventSeq, m);
  return bySeq;
};

/** The configured numbers (admins; secrets only as "set") and the one the environment configures, if any. */
export const useWhatsappNumbers = () =>
  useQuery({ queryKey: whatsappKeys.numbers, queryFn: () => client.get("/api/v1/whatsapp/numbers") });

/** The approved templates (staff): admins manage them, agents pick one once the window has closed. */
export const useWhatsappTemplates = (enabled = true) =>
  useQuery({
    queryKey: whatsappKeys.templates,
    enabled,
    queryFn: () => client.get("/api/v1/whatsapp/templates").then((r) => r.items),
  });

/** Writes the admin page makes; each refreshes the numbers and templates. */
export function useWhatsappWrites() {
  const queryClient = useQueryClient();
  const opts = { onSuccess: () => queryClient.invalidateQueries({ queryKey: whatsappKeys.all }) };
  return {
    createNumber: useMutation({
      mutationFn: (body: NewWhatsappNumber) => client.post("/api/v1/whatsapp/numbers", { body }),
      ...opts,
    }),
    updateNumber: useMutation({
      mutationFn: ({ id, body }: { id: string; body: WhatsappNumberChange }) =>
        client.patch("/api/v1/whatsapp/numbers/{id}", { path: { id }, body }),
      ...opts,
    }),
    deleteNumber: useMutation({
      mutationFn: (id: string) => client.delete("/api/v1/whatsapp/numbers/{id}", { path: { id } }),
      ...opts,
    }),
    createTemplate: useMutation({
      mutationFn: (body: NewWhatsappTemplate) => client.post("/api/v1/whatsapp/templates", { body }),
      ...opts,
    }),
    updateTemplate: useMutation({
      mutationFn: ({ id, body }: { id: string; body: WhatsappTemplateChange }) =>
        client.patch("/api/v1/whatsapp/templates/{id}", { path: { id }, body }),
      ...opts,
    }),
    deleteTemplate: useMutation({
      mutationFn: (id: string) => client.delete("/api/v1/whatsapp/templates/{id}", { path: { id } }),
      ...opts,
    }),
  };
}

/** Sends an approved template on a ticket (staff); the ticket's history and WhatsApp conversation refresh. */
export function useSendWhatsappTemplate(ticketRef: string, ticketId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { templateId: string; parameters: string[] }) =>
      client.post("/api/v1/tickets/{id}/whatsapp/templates", { path: { id: ticketId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["ticket", ticketRef] }),
  });
}
