import { useQuery } from "@tanstack/react-query";
import { client, type ApiBody } from "./client.ts";

// Business calendars (support hours, holidays), versioned. A version's definition is the API's CalendarDefinition: the
// format the server validates on the way in, documented as such on the way out.

export const calendarKeys = {
  all: ["admin", "calendars"] as const,
  one: (id: string) => ["admin", "calendars", id] as const,
};

export function useCalendars() {
  const queryFn = () => client.get("/api/v1/sla/calendars").then((r) => r.items);
  return useQuery({ queryKey: calendarKeys.all, queryFn });
}

export function useCalendar(id: string) {
  const queryFn = () => client.get("/api/v1/sla/calendars/{id}", { path: { id } });
  return useQuery({ queryKey: calendarKeys.one(id), enabled: Boolean(id), queryFn });
}

export function createCalendar(body: ApiBody<"/api/v1/sla/calendars", "post">) {
  return client.post("/api/v1/sla/calendars", { body });
}

/** A new version of the calendar, in force from effectiveFrom (now when left out). */
export function reviseCalendar(id: string, body: ApiBody<"/api/v1/sla/calendars/{id}", "put">) {
  return client.put("/api/v1/sla/calendars/{id}", { path: { id }, body });
}

export function deleteCalendar(id: string) {
  return client.delete("/api/v1/sla/calendars/{id}", { path: { id } });
}
