import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { buildUrl, client, type ApiAnswer, type ApiBody } from "./client.ts";

// Regular surveys: the admin's definitions and their rounds, the results per question in the reports (with their
// CSV/XLSX downloads), and the surveys as the people asked see them — the public page behind a mailed link (no
// sign-in) and the portal's "Surveys for you" with its answers.

export type PublicRegularSurvey = ApiAnswer<"/api/v1/public/regular-surveys/{token}", "get">;
export type MySurvey = ApiAnswer<"/api/v1/surveys/mine", "get">["items"][number];
export type SurveyQuestion = PublicRegularSurvey["questions"][number];
export type SurveyAnswers = ApiBody<"/api/v1/surveys/mine/{id}/answer", "put">["answers"];
export type RegularSurvey = ApiAnswer<"/api/v1/regular-surveys", "get">["items"][number];
export type RegularSurveyDefinition = ApiBody<"/api/v1/regular-surveys", "post">;
export type SurveyRound = ApiAnswer<"/api/v1/regular-surveys/{id}", "get">["rounds"][number];
export type SurveyResults = ApiAnswer<"/api/v1/reports/surveys/{id}/rounds/{roundId}", "get">;
export type QuestionResult = SurveyResults["questions"][number];

export const regularSurveyKeys = {
  public: (token: string) => ["public", "regular-survey", token] as const,
  mine: ["surveys", "mine"] as const,
  all: ["regular-surveys"] as const,
  one: (id: string) => ["regular-surveys", id] as const,
  results: (id: string, roundId: string) => ["regular-surveys", id, "results", roundId] as const,
  textAnswers: (id: string, roundId: string, questionId: string, offset: number) =>
    ["regular-surveys", id, "results", roundId, questionId, offset] as const,
};

/** The regular survey behind a link; its error is the 404 (forged) or 410 (answered, expired) problem. */
export function usePublicRegularSurvey(token: string) {
  return useQuery({
    queryKey: regularSurveyKeys.public(token),
    queryFn: () => client.get("/api/v1/public/regular-surveys/{token}", { path: { token } }),
    retry: false,
    enabled: token !== "",
  });
}

/** Answers the regular survey behind a link, once. */
export function answerRegularSurvey(token: string, answers: SurveyAnswers) {
  return client.put("/api/v1/public/regular-surveys/{token}/answer", { path: { token }, body: { answers } });
}

/** The signed-in person's own open survey invitations. */
export function useMySurveys() {
  return useQuery({ queryKey: regularSurveyKeys.mine, queryFn: () => client.get("/api/v1/surveys/mine") });
}

/** Answers one of the signed-in person's own invitations, once. */
export function answerMySurvey(invitationId: string, answers: SurveyAnswers) {
  return client.put("/api/v1/surveys/mine/{id}/answer", { path: { id: invitationId }, body: { answers } });
}

/** Every regular survey, newest first (admins and managers; anyone else gets the 403 problem). */
export function useRegularSurveys(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: regularSurveyKeys.all,
    queryFn: () => client.get("/api/v1/regular-surveys").then((r) => r.items),
    retry: false,
    enabled: options.enabled ?? true,
  });
}

/** One regular survey with its rounds, newest first. */
export function useRegularSurvey(id: string) {
  return useQuery({
    queryKey: regularSurveyKeys.one(id),
    queryFn: () => client.get("/api/v1/regular-surveys/{id}", { path: { id } }),
    retry: false,
    enabled: id !== "",
  });
}

export function createRegularSurvey(body: RegularSurveyDefinition) {
  return client.post("/api/v1/regular-surveys", { body });
}

/** Replaces the whole definition: pausing, resuming and closing send the survey as it is with another status. */
export function updateRegularSurvey(id: string, body: RegularSurveyDefinition) {
  return client.put("/api/v1/regular-surveys/{id}", { path: { id }, body });
}

/** A round's results per question. */
export function useSurveyResults(id: string, roundId: string) {
  return useQuery({
    queryKey: regularSurveyKeys.results(id, roundId),
    queryFn: () => client.get("/api/v1/reports/surveys/{id}/rounds/{roundId}", { path: { id, roundId } }),
    retry: false,
    enabled: id !== "" && roundId !== "",
  });
}

/** A page of a text question's answers in a round, oldest first. */
export function useTextAnswers(id: string, roundId: string, questionId: string, offset: number, limit: number) {
  return useQuery({
    queryKey: [...regularSurveyKeys.textAnswers(id, roundId, questionId, offset), limit],
    queryFn: () =>
      client.get("/api/v1/reports/surveys/{id}/rounds/{roundId}/questions/{questionId}/answers", {
        path: { id, roundId, questionId },
        query: { offset, limit },
      }),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** Where a browser downloads a round's results as CSV or as an Excel workbook (a link: the browser saves the file). */
export function surveyResultsExportUrl(id: string, roundId: string, format: "csv" | "xlsx") {
  return buildUrl("/api/v1/reports/surveys/{id}/rounds/{roundId}/export", { path: { id, roundId }, query: { format } });
}
