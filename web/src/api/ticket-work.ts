import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError } from "../app/api.ts";
import { client, type ApiBody } from "./client.ts";
import type { Ticket } from "./types.ts";

// One ticket's parts (history, files, clocks, escalations, calls, children) and saving its fields. Keys start with
// ["ticket", ref], so the live stream and a save refresh them all at once.

const id = (ticket: Ticket | undefined) => ({ path: { id: ticket!.id } });
/** What a PATCH may change; the version is the page's. */
export type TicketChanges = Omit<ApiBody<"/api/v1/tickets/{id}", "patch">, "version">;

export function useEvents(ref: string, ticket: Ticket | undefined) {
  return useQuery({
    queryKey: ["ticket", ref, "events"],
    queryFn: () => client.get("/api/v1/tickets/{id}/events", id(ticket)).then((r) => r.items),
    enabled: Boolean(ticket),
  });
}

export function useAttachments(ref: string, ticket: Ticket | undefined) {
  return useQuery({
    queryKey: ["ticket", ref, "attachments"],
    queryFn: () => client.get("/api/v1/tickets/{id}/attachments", id(ticket)).then((r) => r.items),
    enabled: Boolean(ticket),
  });
}

/** The ticket's clocks; refetched each minute so states (warning, breached) follow the server's business calendar. */
export function useTicketSla(ref: string, ticket: Ticket | undefined) {
  return useQuery({
    queryKey: ["ticket", ref, "sla"],
    queryFn: () => client.get("/api/v1/tickets/{id}/sla", id(ticket)),
    enabled: Boolean(ticket),
    refetchInterval: 60_000,
  });
}

export function useEscalations(ref: string, ticket: Ticket | undefined) {
  return useQuery({
    queryKey: ["ticket", ref, "escalations"],
    queryFn: () => client.get("/api/v1/tickets/{id}/escalations", id(ticket)).then((r) => r.items),
    enabled: Boolean(ticket),
  });
}

/** Logged calls about the ticket; null when the server does not offer them (yet). */
export function useTicketCalls(ref: string, ticket: Ticket | undefined) {
  return useQuery({
    queryKey: ["ticket", ref, "calls"],
    queryFn: async () => {
      try {
        return (await client.get("/api/v1/tickets/{id}/calls", id(ticket))).items;
      } catch (error) {
        if (
          error instanceof ApiError &&
          (error.status === 404 || error.status === 405) &&
          !error.code.startsWith("TICKET")
        )
          return null;
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
        return (await client.get("/api/v1/tickets", { query: { parentId: ticket!.id, limit: 100 } })).items;
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

/** The requester's rating of a resolved or closed ticket (null until they give one). */
export function useRating(ref: string, ticket: Ticket) {
  return useQuery({
    queryKey: ["ticket", ref, "rating"],
    queryFn: () => client.get("/api/v1/tickets/{id}/rating", id(ticket)),
    retry: false,
  });
}

/** Gives or revises the rating: 1–5 and an optional comment. */
export function rateTicket(ticket: Ticket, body: ApiBody<"/api/v1/tickets/{id}/rating", "put">) {
  return client.put("/api/v1/tickets/{id}/rating", { ...id(ticket), body });
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
    mutationFn: async (changes: TicketChanges) => {
      try {
        return await client.patch("/api/v1/tickets/{id}", {
          ...id(ticket),
          body: { version: ticket!.version, ...changes },
        });
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
