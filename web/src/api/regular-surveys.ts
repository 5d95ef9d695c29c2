import { useQuery } from "@tanstack/react-query";
import { client, type ApiAnswer, type ApiBody } from "./client.ts";

// Regular surveys as the people asked see them: the public page behind a mailed link (no sign-in), and the portal's
// "Surveys for you" with its answers.

export type PublicRegularSurvey = ApiAnswer<"/api/v1/public/regular-surveys/{token}", "get">;
export type MySurvey = ApiAnswer<"/api/v1/surveys/mine", "get">["items"][number];
export type SurveyQuestion = PublicRegularSurvey["questions"][number];
export type SurveyAnswers = ApiBody<"/api/v1/surveys/mine/{id}/answer", "put">["answers"];

export const regularSurveyKeys = {
  public: (token: string) => ["public", "regular-survey", token] as const,
  mine: ["surveys", "mine"] as const,
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
