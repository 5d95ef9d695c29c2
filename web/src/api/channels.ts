import { useQuery } from "@tanstack/react-query";
import { client, type ApiBody } from "./client.ts";

/** How customers reach the desk (published on the SLA page), and the public status page switch. */
export const channelKeys = {
  all: ["admin", "channels"] as const,
  publicStatus: ["admin", "public-status"] as const,
};

export function useChannelSettings() {
  return useQuery({ queryKey: channelKeys.all, queryFn: () => client.get("/api/v1/channels").then((r) => r.items) });
}

export function saveChannelSetting(channel: string, body: ApiBody<"/api/v1/channels/{channel}", "put">) {
  return client.put("/api/v1/channels/{channel}", { path: { channel }, body });
}

/** Whether the public status page is on. */
export function usePublicStatusSetting() {
  return useQuery({ queryKey: channelKeys.publicStatus, queryFn: () => client.get("/api/v1/settings/public-status") });
}

export function savePublicStatusSetting(enabled: boolean) {
  return client.put("/api/v1/settings/public-status", { body: { enabled } });
}
