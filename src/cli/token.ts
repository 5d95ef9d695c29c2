import type { Deps } from "../context.ts";
import { createApiToken } from "../identity/create-api-token.ts";
import { findPersonByEmailUnscoped } from "../identity/directory.store.ts";
import { TOKEN_SCOPES, type TokenScope } from "../shared/enums.ts";
import { UsageError } from "./usage-error.ts";

/** `frontline token create`: checks the options, then issues the token. */
export async function createToken(deps: Deps, opts: { email: string; name: string; scopes: string; expiresDays?: string }) {
  const scopes = opts.scopes.split(",").map((s) => s.trim()).filter(Boolean);
  const unknown = scopes.filter((s) => !(TOKEN_SCOPES as readonly string[]).includes(s));
  if (unknown.length > 0 || scopes.length === 0) throw new UsageError(`--scopes: unknown scope ${unknown.join(", ") || "(none given)"}; use ${TOKEN_SCOPES.join(", ")}`);
  let expiresAt: Date | null = null;
  if (opts.expiresDays !== undefined) {
    const days = Number(opts.expiresDays);
    if (!Number.isInteger(days) || days < 1 || days > 3650) throw new UsageError("--expires-days: a whole number of days from 1 to 3650");
    expiresAt = new Date(deps.clock.now().getTime() + days * 86_400_000);
  }
  const person = await findPersonByEmailUnscoped(deps.db, opts.email);
  if (!person || !person.active) throw new UsageError(`--email: no active person with email ${opts.email}`);
  if (scopes.includes("admin") && person.role !== "admin") throw new UsageError("--scopes: only an admin's token may carry the admin scope");
  return createApiToken(deps, { personId: person.id, name: opts.name, scopes: scopes as TokenScope[], expiresAt });
}
