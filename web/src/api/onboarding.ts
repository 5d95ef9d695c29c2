import { useQuery } from "@tanstack/react-query";
import { client, type ApiAnswer, type ApiBody } from "./client.ts";

// The onboarding path: the signed-in person's own progress along it (the portal's "Getting started"), what the
// player and pages report, and managers' table of their people's progress.

export type MyOnboarding = ApiAnswer<"/api/v1/onboarding/mine", "get">;
export type OnboardingStep = MyOnboarding["items"][number];
export type OnboardingProgress = ApiAnswer<"/api/v1/onboarding/progress", "get">;
export type ProgressReport = ApiBody<"/api/v1/onboarding/progress", "post">;

export const onboardingKeys = {
  mine: ["onboarding", "mine"] as const,
  progress: (organizationId: string) => ["onboarding", "progress", organizationId] as const,
};

/** The signed-in person's path and how far along it they are. */
export function useMyOnboarding() {
  return useQuery({ queryKey: onboardingKeys.mine, queryFn: () => client.get("/api/v1/onboarding/mine") });
}

/** Reports an item opened, a video watched to its end, or an item marked done (ignored when not on the path). */
export function reportProgress(report: ProgressReport) {
  return client.post("/api/v1/onboarding/progress", { body: report });
}

/** One organization's people × the items of their path (managers); nothing is asked before one is chosen. */
export function useOnboardingProgress(organizationId: string) {
  return useQuery({
    queryKey: onboardingKeys.progress(organizationId),
    queryFn: () => client.get("/api/v1/onboarding/progress", { query: { organizationId } }),
    enabled: organizationId !== "",
    retry: false,
  });
}
