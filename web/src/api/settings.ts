import { useQuery } from "@tanstack/react-query";
import { client } from "./client.ts";
import type { Settings } from "./types.ts";

/** The server's rules the browser checks before sending (GET /api/v1/settings): fixed while the server runs. */
export function useSettings() {
  return useQuery({ queryKey: ["settings"], queryFn: () => client.get("/api/v1/settings"), staleTime: Infinity });
}
