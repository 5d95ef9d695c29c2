import { useQuery } from "@tanstack/react-query";
import type { ApiOptions } from "../app/api.ts";
import { buildUrl, client, type ApiAnswer, type ApiBody } from "./client.ts";
import type { Ticket } from "./types.ts";

// What people do to one ticket (answer, note, attach, escalate, link, publish) and to several at once. Reads that
// belong to the ticket page are keyed under ["ticket", ref], so a save there refreshes them with the rest.

type WriteBody = ApiBody<"/api/v1/tickets/{id}/replies", "post">;

/** Uploads one file to the ticket; the answer's id goes with the reply or note that shows it. */
export function uploadAttachment(ticketId: string, file: File) {
  const form = new FormData();
  form.append("file", file, file.name);
  return client.post("/api/v1/tickets/{id}/attachments", { path: { id: ticketId }, body: form });
}

/** Where a browser downloads one of the ticket's files (a link, not a fetch: the browser saves it). */
export function attachmentUrl(ticketId: string, attachmentId: string): string {
  return buildUrl("/api/v1/tickets/{id}/attachments/{attachmentId}", { path: { id: ticketId, attachmentId } });
}

/** A reply (the requester sees it) or an internal note. */
export function addMessage(ticketId: string, kind: "reply" | "note", body: WriteBody, options: ApiOptions = {}) {
  const request = { path: { id: ticketId }, body, ...options };
  return kind === "note"
    ? client.post("/api/v1/tickets/{id}/notes", request)
    : client.post("/api/v1/tickets/{id}/replies", request);
}

export function escalateTicket(ticketId: string, body: ApiBody<"/api/v1/tickets/{id}/escalations", "post">) {
  return client.post("/api/v1/tickets/{id}/escalations", { path: { id: ticketId }, body });
}

export type BulkChanges = ApiBody<"/api/v1/tickets/bulk", "post">["changes"];
export type BulkResult = ApiAnswer<"/api/v1/tickets/bulk", "post">["results"][number];

/** The same changes to several tickets; each one's result says whether it took. */
export function bulkUpdate(body: ApiBody<"/api/v1/tickets/bulk", "post">) {
  return client.post("/api/v1/tickets/bulk", { body });
}

/** The contact a visitor typed on the public consultation form (consultation tickets only). */
export function useConsultation(ref: string, ticket: Ticket, enabled: boolean) {
  return useQuery({
    queryKey: ["ticket", ref, "consultation"],
    queryFn: () => client.get("/api/v1/tickets/{id}/consultation", { path: { id: ticket.id } }),
    enabled,
    retry: false,
  });
}

/** Links the consultation to the person an agent knows it is. */
export function linkConsultation(ticketId: string, personId: string) {
  return client.post("/api/v1/tickets/{id}/consultation/link", { path: { id: ticketId }, body: { personId } });
}

/** What the public status page shows of one ticket: its public title and updates. */
export type PublicIncident = ApiAnswer<"/api/v1/tickets/{id}/public-incident", "get">;

export const publicIncidentKey = (ref: string) => ["ticket", ref, "public-incident"] as const;

/** What the public status page shows of this ticket (staff who may write notes). */
export function usePublicIncident(ref: string, ticket: Ticket, enabled: boolean) {
  const queryFn = () => client.get("/api/v1/tickets/{id}/public-incident", { path: { id: ticket.id } });
  return useQuery({ queryKey: publicIncidentKey(ref), queryFn, enabled, retry: false });
}

export function publishIncident(ticketId: string, title: string) {
  return client.put("/api/v1/tickets/{id}/public-incident", { path: { id: ticketId }, body: { title } });
}

export function postIncidentUpdate(ticketId: string, body: string) {
  return client.post("/api/v1/tickets/{id}/public-incident/updates", { path: { id: ticketId }, body: { body } });
}

export function unpublishIncident(ticketId: string) {
  return client.delete("/api/v1/tickets/{id}/public-incident", { path: { id: ticketId } });
}
