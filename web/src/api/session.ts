import { client, type ApiAnswer, type ApiBody, type Schema } from "./client.ts";

/** The signed-in person, as GET /api/v1/auth/me answers (with the CSRF token for writes). */
export type Me = ApiAnswer<"/api/v1/auth/me", "get">;
/** The signed-in person's own settings, as GET /api/v1/me answers. */
export type Profile = Schema<"Profile">;

export function fetchMe() {
  return client.get("/api/v1/auth/me");
}

export function signIn(email: string, password: string) {
  return client.post("/api/v1/auth/login", { body: { email, password } });
}

export function signOut() {
  return client.post("/api/v1/auth/logout");
}

export function fetchProfile() {
  return client.get("/api/v1/me");
}

export function updateProfile(body: ApiBody<"/api/v1/me", "patch">) {
  return client.patch("/api/v1/me", { body });
}
