import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, ApiError } from "../app/api.ts";
import type { Attachment, CallLog, Escalation, Ticket, TicketEvent, TicketSla } from "./types.ts";

const base = (ticket: Pick<Ticket, "id">) => `/api/v1/tickets/${ticket.id}`;

export function useEvents(ref: string, ticket: Ticket | undefined) {
  return useQuery({
    queryKey: ["ticket", ref, "events"],
    queryFn: () => api<{ items: TicketEvent[] }>("GET", `${base(ticket!)}/events`).then((r) => r.items),
    enabled: Boolean(ticket),
  });
}

export function useAttachments(ref: string, ticket: Ticket | undefined) {
  return useQuery({
    queryKey: ["ticket", ref, "attachments"],
    queryFn: () => api<{ items: Attachment[] }>("GET", `${base(ticket!)}/attachments`).then((r) => r.items),
    enabled: Boolean(ticket),
  });
}

/** The ticket's clocks; refetched each minute so states (warning, breached) follow the server's business calendar. */
export function useTicketSla(ref: string, ticket: Ticket | undefined) {
  return useQuery({
    queryKey: ["ticket", ref, "sla"],
    queryFn: () => api<TicketSla>("GET", `${base(ticket!)}/sla`),
    enabled: Boolean(ticket),
    refetchInterval: 60_000,
  });
}

export function useEscalations(ref: string, ticket: Ticket | undefined) {
  return useQuery({
    queryKey: ["ticket", ref, "escalations"],
    queryFn: () => api<{ items: Escalation[] }>("GET", `${base(ticket!)}/escalations`).then((r) => r.items),
    enabled: Boolean(ticket),
  });
}

/** Logged calls about the ticket; null when the server does not offer them (yet). */
export function useTicketCalls(ref: string, ticket: Ticket | undefined) {
  return useQuery({
    queryKey: ["ticket", ref, "calls"],
    queryFn: async () => {
      try {
        const answer = await api<{ items: CallLog[] } | CallLog[]>("GET", `${base(ticket!)}/calls`);
        return Array.isArray(answer) ? answer : answer.items;
      } catch (error) {
        if (error instanceof ApiError && (error.status === 404 || error.status === 405) && !error.code.startsWith("TICKET")) return null;
        throw error;
      }
    },
    enabled: Boolean(ticket),
    retry: false,
  });
}

/** Tickets whose parent is this one, when the list can filter by parent; null when it cannot. */
export function useChildren(ref: string, ticket: Ticket | undefined) {
  return useQuery({
    queryKey: ["ticket", ref, "children"],
    queryFn: async () => {
      try {
        return (await api<{ items: Ticket[] }>("GET", `/api/v1/tickets?parentId=${ticket!.id}&limit=100`)).items;
      } catch (error) {
        if (error instanceof ApiError && (error.status === 400 || error.status === 422)) return null;
        throw error;
      }
    },
    enabled: Boolean(ticket),
    retry: false,
    staleTime: 60_000,
  });
}

/** A PATCH refused because someone else changed the ticket first; the page has been reloaded. */
export class StaleTicketError extends Error {
  constructor() {
    super("stale");
  }
}

/**
 * Saves fields at the version the page shows. On 409 the ticket is reloaded and a StaleTicketError thrown,
 * so the form can tell the person to look again.
 */
export function useUpdateTicket(ref: string, ticket: Ticket | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (changes: Record<string, unknown>) => {
      try {
        return await api<Ticket>("PATCH", base(ticket!), { version: ticket!.version, ...changes });
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) {
          await queryClient.invalidateQueries({ queryKey: ["ticket", ref] });
          throw new StaleTicketError();
        }
        throw error;
      }
    },
    onSuccess: (updated) => {
      queryClient.setQueryData(["ticket", ref], updated);
      void queryClient.invalidateQueries({ queryKey: ["ticket", ref] });
      void queryClient.invalidateQueries({ queryKey: ["tickets"] });
      void queryClient.invalidateQueries({ queryKey: ["view-counts"] });
    },
  });
}
