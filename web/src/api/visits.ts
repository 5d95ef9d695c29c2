import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { client, type ApiAnswer, type ApiBody } from "./client.ts";

// Onsite visits: a ticket's visits, a technician's day and week, and each step of a visit. Keys start with "visits"
// (and a ticket's with ["ticket", ref]) so a change refreshes every list that shows the visit.

export type Visit = ApiAnswer<"/api/v1/visits/{id}", "get">;
export type NewVisit = ApiBody<"/api/v1/tickets/{id}/visits", "post">;
export type VisitChange = ApiBody<"/api/v1/visits/{id}", "patch">;
export type VisitStep = "travel-start" | "check-in" | "check-out";

export function useTicketVisits(ref: string, ticketId: string | undefined) {
  return useQuery({
    queryKey: ["ticket", ref, "visits"],
    queryFn: () => client.get("/api/v1/tickets/{id}/visits", { path: { id: ticketId! } }).then((r) => r.items),
    enabled: Boolean(ticketId),
  });
}

/** Visits meeting [from, to), earliest first; one technician's when named (the day view: the signed-in agent). */
export function useVisits(from: string, to: string, technicianId?: string) {
  return useQuery({
    queryKey: ["visits", from, to, technicianId ?? null],
    queryFn: () =>
      client
        .get("/api/v1/visits", { query: { from, to, ...(technicianId ? { technicianId } : {}) } })
        .then((r) => r.items),
  });
}

export function useVisit(id: string) {
  return useQuery({
    queryKey: ["visits", "one", id],
    queryFn: () => client.get("/api/v1/visits/{id}", { path: { id } }),
  });
}

/** Where the browser downloads a visit's invitation (.ics): always available, whether or not mail is configured. */
export function visitInvitationHref(id: string): string {
  return `/api/v1/visits/${encodeURIComponent(id)}/invitation.ics`;
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ["visits"] });
    void queryClient.invalidateQueries({ queryKey: ["ticket"] });
  };
}

export function useScheduleVisit(ticketId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: NewVisit) => client.post("/api/v1/tickets/{id}/visits", { path: { id: ticketId }, body }),
    onSuccess: refresh,
  });
}

export function useChangeVisit(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: VisitChange) => client.patch("/api/v1/visits/{id}", { path: { id }, body }),
    onSuccess: refresh,
  });
}

/** Travel start, check-in or check-out, stamped by the server's clock. */
export function useVisitStep(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (step: VisitStep) =>
      step === "travel-start"
        ? client.post("/api/v1/visits/{id}/travel-start", { path: { id } })
        : step === "check-in"
          ? client.post("/api/v1/visits/{id}/check-in", { path: { id } })
          : client.post("/api/v1/visits/{id}/check-out", { path: { id } }),
    onSuccess: refresh,
  });
}

export function useVisitReport(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ApiBody<"/api/v1/visits/{id}/report", "post">) =>
      client.post("/api/v1/visits/{id}/report", { path: { id }, body }),
    onSuccess: refresh,
  });
}
