import { useQuery } from "@tanstack/react-query";
import { buildUrl, client, type ApiAnswer, type ApiBody } from "./client.ts";

// The periodic service review with a client organization (staff run it in the console, the client's manager signs it
// off in the portal) and its review pack, a PDF. Every write answers the whole review, which is put in the cache.

export type Review = ApiAnswer<"/api/v1/reviews/{id}", "get">;
export type ReviewSummary = ApiAnswer<"/api/v1/reviews", "get">["items"][number];
export type ReviewAction = Review["actions"][number];
export type ReviewActionStatus = ReviewAction["status"];

export const reviewKeys = {
  all: ["reviews"] as const,
  list: (organizationId: string | undefined) => ["reviews", "list", organizationId ?? "all"] as const,
  one: (id: string) => ["reviews", "one", id] as const,
};

/** Reviews newest period first (a client's manager gets their own organization's whatever they ask). */
export function useReviews(organizationId?: string) {
  return useQuery({
    queryKey: reviewKeys.list(organizationId),
    queryFn: () => client.get("/api/v1/reviews", { query: organizationId ? { organizationId } : {} }),
  });
}

export function useReview(id: string) {
  return useQuery({
    queryKey: reviewKeys.one(id),
    queryFn: () => client.get("/api/v1/reviews/{id}", { path: { id } }),
  });
}

export function openReview(body: ApiBody<"/api/v1/reviews", "post">) {
  return client.post("/api/v1/reviews", { body });
}

export function recordBreachCause(id: string, ticketId: string, cause: string) {
  return client.put("/api/v1/reviews/{id}/breaches/{ticketId}", { path: { id, ticketId }, body: { cause } });
}

export function addReviewAction(id: string, body: ApiBody<"/api/v1/reviews/{id}/actions", "post">) {
  return client.post("/api/v1/reviews/{id}/actions", { path: { id }, body });
}

export function updateReviewAction(
  id: string,
  actionId: string,
  body: ApiBody<"/api/v1/reviews/{id}/actions/{actionId}", "patch">,
) {
  return client.patch("/api/v1/reviews/{id}/actions/{actionId}", { path: { id, actionId }, body });
}

export function signOffReview(id: string, comment: string) {
  return client.post("/api/v1/reviews/{id}/sign-off", { path: { id }, body: comment ? { comment } : {} });
}

/** Where a browser downloads a review's pack (a link, not a fetch: the browser saves the PDF). */
export function reviewPackUrl(review: Pick<ReviewSummary, "organization" | "period">): string {
  return buildUrl("/api/v1/reports/review-pack", {
    query: { organization: review.organization.id, from: review.period.from, to: review.period.to },
  });
}

export type PackCadence = ApiBody<"/api/v1/reports/review-pack/schedules/{organizationId}", "put">["cadence"];

/** Which organizations' packs are made and mailed on a schedule (admins). */
export function usePackSchedules() {
  return useQuery({
    queryKey: [...reviewKeys.all, "pack-schedules"] as const,
    queryFn: () => client.get("/api/v1/reports/review-pack/schedules").then((r) => r.items),
  });
}

export function setPackSchedule(organizationId: string, cadence: PackCadence) {
  return client.put("/api/v1/reports/review-pack/schedules/{organizationId}", {
    path: { organizationId },
    body: { cadence },
  });
}
