import { useQuery } from "@tanstack/react-query";
import { client, type ApiAnswer, type ApiBody } from "./client.ts";

// The post-resolution survey: its public page behind a mailed link (no sign-in), what a ticket's requester was
// offered (the portal asks its question above the rating), and how admins set it up.

export type PublicSurvey = ApiAnswer<"/api/v1/public/surveys/{token}", "get">;
export type SurveySettings = ApiAnswer<"/api/v1/settings/survey", "get">;

export const surveyKeys = {
  public: (token: string) => ["public", "survey", token] as const,
  ofTicket: (ticketId: string) => ["ticket", ticketId, "survey"] as const,
  settings: ["settings", "survey"] as const,
};

/** The survey behind a link; its error is the 404 (forged) or 410 (answered, expired) problem. */
export function usePublicSurvey(token: string) {
  return useQuery({
    queryKey: surveyKeys.public(token),
    queryFn: () => client.get("/api/v1/public/surveys/{token}", { path: { token } }),
    retry: false,
    enabled: token !== "",
  });
}

/** Answers the survey behind a link, once. */
export function answerSurvey(token: string, body: ApiBody<"/api/v1/public/surveys/{token}/answer", "put">) {
  return client.put("/api/v1/public/surveys/{token}/answer", { path: { token }, body });
}

/** The survey a ticket's requester was offered (null when the ticket was not surveyed). */
export function useTicketSurvey(ticketId: string, enabled: boolean) {
  return useQuery({
    queryKey: surveyKeys.ofTicket(ticketId),
    queryFn: () => client.get("/api/v1/tickets/{id}/survey", { path: { id: ticketId } }),
    retry: false,
    enabled,
  });
}

export function useSurveySettings() {
  return useQuery({ queryKey: surveyKeys.settings, queryFn: () => client.get("/api/v1/settings/survey") });
}

export function saveSurveySettings(body: ApiBody<"/api/v1/settings/survey", "put">) {
  return client.put("/api/v1/settings/survey", { body });
}
