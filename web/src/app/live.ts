import { useEffect } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { openLiveStream, type LiveEvent } from "../api/live.ts";

type Listener = (event: LiveEvent) => void;
const listeners = new Set<Listener>();
let source: EventSource | null = null;

function connect(): void {
  if (source) return;
  source = openLiveStream();
  for (const kind of ["ticket", "sla", "notification", "call"] as const) {
    source.addEventListener(kind, (message) => {
      const event = { kind, ...(JSON.parse((message as MessageEvent<string>).data) as object) } as LiveEvent;
      for (const listener of listeners) listener(event);
    });
  }
  // EventSource reconnects by itself after a network error; a closed stream (signed out) is not reopened.
}

/** Closes the stream (on sign-out). */
export function disconnectLive(): void {
  source?.close();
  source = null;
}

/** Calls `onEvent` for every live event while the component is mounted. */
export function useLiveEvents(onEvent: Listener): void {
  useEffect(() => {
    connect();
    listeners.add(onEvent);
    return () => {
      listeners.delete(onEvent);
    };
  }, [onEvent]);
}

/**
 * Keeps cached server data fresh: any ticket change refetches ticket lists, view counts and that ticket;
 * SLA firings refetch the ticket's clocks. Mounted once per signed-in shell.
 */
export function useLiveRefresh(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    connect();
    const listener: Listener = (event) => {
      // A new notification of the caller's own: only their inbox changed (the bell refetches it).
      if (event.kind === "notification") return void queryClient.invalidateQueries({ queryKey: ["notifications"] });
      // A caller pop is the console's CallerPop to show; no cached data changed.
      if (event.kind === "call") return;
      void queryClient.invalidateQueries({ queryKey: ["tickets"] });
      void queryClient.invalidateQueries({ queryKey: ["view-counts"] });
      // Pages key a ticket by the reference in their URL: the number (10023) or the id.
      void queryClient.invalidateQueries({ queryKey: ["ticket", event.ticketId] });
      void queryClient.invalidateQueries({ queryKey: ["ticket", String(event.number)] });
    };
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, [queryClient]);
}
