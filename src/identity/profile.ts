import type { Deps } from "../context.ts";
import { defaultSupportTimeZone } from "../sla/published/published-sla.ts";
import type { Actor } from "./actor.ts";
import { applyPatch, changedValues, diffFields, hasChanges } from "./audit.ts";
import { recordAudit } from "./audit.store.ts";
import { lockPersonUnscoped, updatePersonRow, type PersonRow } from "./directory.store.ts";
import { identityError } from "./identity.errors.ts";

/** What a person may change about themselves: how the app speaks to them and which clock it shows. */
export type ProfilePatch = {
  /** IANA zone for every time shown to them; null returns to the support calendar's. */
  timeZone?: string | null;
  /** Language tag of the app and of mail to them ("en", "ur"). */
  language?: string;
};

export type Profile = { person: PersonRow; supportTimeZone: string };

const PROFILE_FIELDS = ["timeZone", "locale"] as const;

function requirePerson(actor: Actor): void {
  // Frontline itself (CLI, worker) has no profile.
  if (actor.via === "system") throw identityError("PERSON_NOT_FOUND");
}

/** The caller's own profile, with the support calendar's zone their times fall back to. */
export async function getProfile(deps: Pick<Deps, "db" | "clock" | "cache">, actor: Actor): Promise<Profile> {
  requirePerson(actor);
  const [person, supportTimeZone] = await Promise.all([
    lockPersonUnscoped(deps.db, actor.personId, { lock: false }),
    defaultSupportTimeZone(deps),
  ]);
  if (!person) throw identityError("PERSON_NOT_FOUND");
  return { person, supportTimeZone };
}

/**
 * Changes the caller's own time zone and language (any signed-in person, for themselves only; admins change
 * others' through PATCH /people/:id). Audited like any change to a person.
 */
export async function updateProfile(
  deps: Pick<Deps, "db" | "clock" | "cache">,
  actor: Actor,
  patch: ProfilePatch,
): Promise<Profile> {
  requirePerson(actor);
  const fields = {
    ...(patch.timeZone !== undefined ? { timeZone: patch.timeZone } : {}),
    ...(patch.language !== undefined ? { locale: patch.language } : {}),
  };
  const person = await deps.db.transaction(async (tx) => {
    const before = await lockPersonUnscoped(tx, actor.personId, { lock: true });
    if (!before) throw identityError("PERSON_NOT_FOUND");
    const after = applyPatch(before, fields);
    const changes = diffFields(before, after, PROFILE_FIELDS);
    if (!hasChanges(changes)) return before;
    const row = await updatePersonRow(tx, actor.personId, changedValues(after, changes));
    await recordAudit(
      tx,
      actor,
      { action: "person.profile_updated", entity: "person", entityId: actor.personId, changes },
      deps.clock.now(),
    );
    return row;
  });
  return { person, supportTimeZone: await defaultSupportTimeZone(deps) };
}
