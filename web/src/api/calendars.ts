import { useQuery } from "@tanstack/react-query";
import type { Calendar, CalendarDetail } from "../admin/types.ts";
import { client, type ApiBody } from "./client.ts";

// Business calendars (support hours, holidays), versioned. The API describes a definition as an open JSON object, so
// the answers are read as the admin's CalendarDefinition shape (the format the server validates on the way in).

export const calendarKeys = {
  all: ["admin", "calendars"] as const,
  one: (id: string) => ["admin", "calendars", id] as const,
};

export function useCalendars() {
  const queryFn = () => client.get("/api/v1/sla/calendars").then((r) => r.items as Calendar[]);
  return useQuery({ queryKey: calendarKeys.all, queryFn });
}

export function useCalendar(id: string) {
  const queryFn = () => client.get("/api/v1/sla/calendars/{id}", { path: { id } }) as Promise<CalendarDetail>;
  return useQuery({ queryKey: calendarKeys.one(id), enabled: Boolean(id), queryFn });
}

export function createCalendar(body: ApiBody<"/api/v1/sla/calendars", "post">) {
  return client.post("/api/v1/sla/calendars", { body }) as Promise<CalendarDetail>;
}

/** A new version of the calendar, in force from effectiveFrom (now when left out). */
export function reviseCalendar(id: string, body: ApiBody<"/api/v1/sla/calendars/{id}", "put">) {
  return client.put("/api/v1/sla/calendars/{id}", { path: { id }, body }) as Promise<CalendarDetail>;
}

export function deleteCalendar(id: string) {
  return client.delete("/api/v1/sla/calendars/{id}", { path: { id } });
}
