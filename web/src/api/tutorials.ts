import { useQuery } from "@tanstack/react-query";
import { apiUpload } from "../app/api.ts";
import { buildUrl, client, type ApiBody, type Schema } from "./client.ts";

// Video tutorials and playlists as readers see them (signed out: the public ones), and the staff's writing of them.

export type TutorialSummary = Schema<"TutorialSummary">;
export type Tutorial = Schema<"Tutorial">;
export type TutorialBody = ApiBody<"/api/v1/tutorials", "post">;
export type CaptionLanguage = Tutorial["language"];

export const tutorialKeys = {
  all: ["tutorials"] as const,
  list: ["tutorials", "list"] as const,
  one: (id: string) => ["tutorials", id] as const,
  playlist: (id: string) => ["playlists", id] as const,
};

/** The tutorials the reader may watch, newest first (staff: drafts too). */
export function useTutorials() {
  return useQuery({
    queryKey: tutorialKeys.list,
    queryFn: () => client.get("/api/v1/tutorials").then((r) => r.items),
  });
}

/** One tutorial with its video, poster, caption tracks and chapters; its error is the 404 problem. */
export function useTutorial(id: string) {
  return useQuery({
    queryKey: tutorialKeys.one(id),
    queryFn: () => client.get("/api/v1/tutorials/{id}", { path: { id } }),
    retry: false,
  });
}

/** A playlist with the items the reader may open, in order. */
export function usePlaylist(id: string) {
  return useQuery({
    queryKey: tutorialKeys.playlist(id),
    queryFn: () => client.get("/api/v1/playlists/{id}", { path: { id } }),
    retry: false,
  });
}

/** Creates a tutorial (staff); its video, poster and captions are uploaded next. */
export function createTutorial(body: TutorialBody) {
  return client.post("/api/v1/tutorials", { body });
}

/** Rewrites a tutorial (staff): `version` must be the one read. */
export function updateTutorial(id: string, body: ApiBody<"/api/v1/tutorials/{id}", "put">) {
  return client.put("/api/v1/tutorials/{id}", { path: { id }, body });
}

/** Uploads the tutorial's video (replacing any earlier video or link), reporting the share sent so far (0–1). */
export function uploadTutorialVideo(id: string, file: File, onProgress: (fraction: number) => void) {
  const form = new FormData();
  form.append("file", file);
  return apiUpload<Tutorial>(buildUrl("/api/v1/tutorials/{id}/video", { path: { id } }), form, onProgress);
}

/** Sets the tutorial's poster image. */
export function uploadTutorialPoster(id: string, file: File) {
  const form = new FormData();
  form.append("file", file);
  return client.put("/api/v1/tutorials/{id}/poster", { path: { id }, body: form });
}

/** Sets the captions in one language from a WebVTT file's text (the server removes markup). */
export function setTutorialCaptions(id: string, language: CaptionLanguage, vtt: string) {
  return client.put("/api/v1/tutorials/{id}/captions/{language}", { path: { id, language }, body: { vtt } });
}
