import { client, type ApiBody } from "./client.ts";

// Saved views of the ticket list (the list of views with counts is useViews in tickets.ts, key ["view-counts"]).

export function createView(body: ApiBody<"/api/v1/views", "post">) {
  return client.post("/api/v1/views", { body });
}

export function renameView(id: string, name: string) {
  return client.patch("/api/v1/views/{id}", { path: { id }, body: { name } });
}

export function deleteView(id: string) {
  return client.delete("/api/v1/views/{id}", { path: { id } });
}
