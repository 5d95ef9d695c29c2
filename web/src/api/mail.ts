import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { buildUrl, client, type ApiBody, type Schema } from "./client.ts";

export type Mailbox = Schema<"Mailbox">;
export type QuarantinedMail = Schema<"QuarantinedMail">;
export type OutboundMail = Schema<"OutboundMail">;
export type BouncingAddress = Schema<"BouncingAddress">;
export type InboundMail = Schema<"InboundMail">;
export type TicketOutboundMail = Schema<"TicketOutboundMail">;
export type MailDelivery = Schema<"MailDelivery">;
export type NewMailbox = ApiBody<"/api/v1/mail/mailboxes", "post">;
export type MailboxChange = ApiBody<"/api/v1/mail/mailboxes/{id}", "patch">;

/** The email channel's caches: the admin pages' lists and each ticket's mail. */
export const mailKeys = {
  all: ["mail"] as const,
  mailboxes: ["mail", "mailboxes"] as const,
  quarantine: ["mail", "quarantine"] as const,
  bouncing: ["mail", "bouncing"] as const,
  outbox: ["mail", "outbox"] as const,
  // Under the ticket's own key, so the composer's refresh after a reply shows the new mail's delivery at once.
  ticket: (ref: string) => ["ticket", ref, "mail"] as const,
};

export const useMailboxes = () =>
  useQuery({ queryKey: mailKeys.mailboxes, queryFn: () => client.get("/api/v1/mail/mailboxes").then((r) => r.items) });
export const useQuarantine = () =>
  useQuery({
    queryKey: mailKeys.quarantine,
    queryFn: () => client.get("/api/v1/mail/quarantine").then((r) => r.items),
  });
export const useBouncing = () =>
  useQuery({ queryKey: mailKeys.bouncing, queryFn: () => client.get("/api/v1/mail/bouncing").then((r) => r.items) });
export const useOutbox = () =>
  useQuery({ queryKey: mailKeys.outbox, queryFn: () => client.get("/api/v1/mail/outbox").then((r) => r.items) });

/** The mail behind a ticket (staff), refreshed as the reply's delivery moves from queued to sent or not delivered. */
export const useTicketMail = (ticketRef: string, ticketId: string, enabled: boolean) =>
  useQuery({
    queryKey: mailKeys.ticket(ticketRef),
    enabled,
    queryFn: () => client.get("/api/v1/tickets/{id}/mail", { path: { id: ticketId } }),
    refetchInterval: (query) => (query.state.data?.outbound.some((m) => m.status === "queued") ? 10_000 : false),
  });

/**
 * The delivery of each public reply's mail on a mail ticket, by the seq of the reply's event (the conversation shows it
 * on the reply). Shares the ticket's mail query: one request serves this and the mail panel.
 */
export const useReplyDeliveries = (ticketRef: string, ticketId: string, enabled: boolean) => {
  const query = useTicketMail(ticketRef, ticketId, enabled);
  const byReply = new Map<number, MailDelivery>();
  for (const mail of query.data?.outbound ?? [])
    if (mail.eventSeq !== null && mail.kind === "reply") byReply.set(mail.eventSeq, mail.delivery);
  return byReply;
};

/** Where a quarantined mail's original bytes are shown as plain text (a link: the browser opens it). */
export const quarantineOriginalUrl = (id: string) =>
  buildUrl("/api/v1/mail/quarantine/{id}/original", { path: { id } });

/** Where a ticket attachment (the mail's original.eml) downloads from. */
export const ticketFileUrl = (ticketId: string, attachmentId: string) =>
  buildUrl("/api/v1/tickets/{id}/attachments/{attachmentId}", { path: { id: ticketId, attachmentId } });

/** Writes the admin pages make; each refreshes the mail lists (and the ticket lists, for a release). */
export function useMailWrites() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: mailKeys.all });
  const opts = { onSuccess: refresh };
  return {
    createMailbox: useMutation({
      mutationFn: (body: NewMailbox) => client.post("/api/v1/mail/mailboxes", { body }),
      ...opts,
    }),
    updateMailbox: useMutation({
      mutationFn: ({ id, body }: { id: string; body: MailboxChange }) =>
        client.patch("/api/v1/mail/mailboxes/{id}", { path: { id }, body }),
      ...opts,
    }),
    deleteMailbox: useMutation({
      mutationFn: (id: string) => client.delete("/api/v1/mail/mailboxes/{id}", { path: { id } }),
      ...opts,
    }),
    release: useMutation({
      mutationFn: ({ id, requesterId }: { id: string; requesterId: string }) =>
        client.post("/api/v1/mail/quarantine/{id}/release", { path: { id }, body: { requesterId } }),
      onSuccess: async () => {
        await refresh();
        void queryClient.invalidateQueries({ queryKey: ["tickets"] });
      },
    }),
    clearBouncing: useMutation({
      mutationFn: (address: string) => client.delete("/api/v1/mail/bouncing/{address}", { path: { address } }),
      ...opts,
    }),
    discard: useMutation({
      mutationFn: (id: string) => client.post("/api/v1/mail/quarantine/{id}/discard", { path: { id } }),
      ...opts,
    }),
  };
}
