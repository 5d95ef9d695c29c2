import type { Deps } from "../context.ts";
import { createApiToken } from "../identity/create-api-token.ts";
import { findPersonByEmailUnscoped } from "../identity/directory.store.ts";
import { TOKEN_SCOPES, type TokenScope } from "../shared/enums.ts";
import { UsageError } from "./usage-error.ts";

export type TokenOptions = { email: string; name: string; scopes: string; expiresDays?: string };
export type TokenRequest = { email: string; name: string; scopes: TokenScope[]; expiresDays: number | null };

/** Checks `token create`'s options before anything touches the database. */
export function parseTokenOptions(opts: TokenOptions): TokenRequest {
  const scopes = opts.scopes
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = scopes.filter((s) => !(TOKEN_SCOPES as readonly string[]).includes(s));
  if (unknown.length > 0 || scopes.length === 0)
    throw new UsageError(
      `--scopes: unknown scope ${unknown.join(", ") || "(none given)"}; use ${TOKEN_SCOPES.join(", ")}`,
    );
  let expiresDays: number | null = null;
  if (opts.expiresDays !== undefined) {
    const days = /^\d+$/.test(opts.expiresDays.trim()) ? Number(opts.expiresDays) : NaN;
    if (!Number.isInteger(days) || days < 1 || days > 3650)
      throw new UsageError("--expires-days: a whole number of days from 1 to 3650");
    expiresDays = days;
  }
  if (!opts.name.trim()) throw new UsageError("--name: say what the token is for");
  return { email: opts.email, name: opts.name.trim(), scopes: scopes as TokenScope[], expiresDays };
}

/** `frontline token create`: finds the person, then issues the token. */
export async function createToken(deps: Pick<Deps, "db" | "clock">, request: TokenRequest) {
  const person = await findPersonByEmailUnscoped(deps.db, request.email);
  if (!person || !person.active) throw new UsageError(`--email: no active person with email ${request.email}`);
  if (request.scopes.includes("admin") && person.role !== "admin")
    throw new UsageError("--scopes: only an admin's token may carry the admin scope");
  const expiresAt =
    request.expiresDays === null ? null : new Date(deps.clock.now().getTime() + request.expiresDays * 86_400_000);
  return createApiToken(deps, { personId: person.id, name: request.name, scopes: request.scopes, expiresAt });
}
