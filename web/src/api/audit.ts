import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { client } from "./client.ts";

type AuditQuery = NonNullable<NonNullable<Parameters<typeof client.get<"/api/v1/audit">>[1]>["query"]>;

/** Every admin write is audited, so admin saves invalidate this key. */
export const auditKeys = { all: ["admin", "audit"] as const };

/** One page of the audit log, newest first. */
export function useAuditPage(
  filters: Partial<Record<keyof AuditQuery, string>>,
  cursor: string | undefined,
  limit: number,
) {
  // An empty filter (text from a form) is left out of the request.
  const query = { ...filters, limit, ...(cursor ? { cursor } : {}) } as AuditQuery;
  return useQuery({
    queryKey: [...auditKeys.all, filters, cursor],
    queryFn: () => client.get("/api/v1/audit", { query }),
    placeholderData: keepPreviousData,
    // The log is read to see what just happened: never show a cached page as if it were current.
    staleTime: 0,
    refetchOnMount: "always",
  });
}
