import { useQuery } from "@tanstack/react-query";
import { client, type ApiBody } from "./client.ts";

/** The facts a preview is asked for: the organization, type, channel, category and priority (or impact and urgency). */
export type SlaPreviewFacts = ApiBody<"/api/v1/sla/preview", "post">;

export const slaKeys = {
  preview: (facts: SlaPreviewFacts, revision?: string) => ["sla-preview", facts, revision ?? null] as const,
};

/**
 * The targets and deadlines the server would give a ticket with these facts (its policies, matrix and calendars):
 * the one source of promised times, for the portal's promise and the admin's policy preview alike.
 */
export function useSlaPreview(
  facts: SlaPreviewFacts,
  options: { enabled?: boolean; revision?: string; staleTime?: number } = {},
) {
  return useQuery({
    // The revision (a policy version the admin just saved) asks again rather than showing the old answer.
    queryKey: slaKeys.preview(facts, options.revision),
    queryFn: () => client.post("/api/v1/sla/preview", { body: facts }),
    enabled: options.enabled ?? true,
    retry: false,
    staleTime: options.staleTime ?? 60_000,
  });
}
