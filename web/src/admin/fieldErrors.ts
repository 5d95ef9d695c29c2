import type { AreaT } from "../app/i18n.ts";
import { ApiError } from "../app/api.ts";

// How the server's field errors land on the admin editors' fields, pure (the hook in feedback.tsx only adds t()).

/** "body.definition.weekly.mon[0][1]" → "definition.weekly.mon.0.1": one spelling for server field paths. */
export function normalizeField(field: string): string {
  return field.replace(/^(body|params|query|header)\./, "").replace(/\[(\d+)\]/g, ".$1");
}

/**
 * The server's message for a field (or, with nested, for anything under it), several joined; a message that only
 * repeats the problem's sentence (a domain error at its one field) reads in the admin's language when its code is known.
 */
export function fieldErrorMessage(
  error: unknown,
  field: string,
  nested: boolean,
  t: AreaT<"admin">,
): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const found = error.errors.filter((e) => {
    const f = normalizeField(e.field);
    return f === field || (nested && f.startsWith(`${field}.`));
  });
  if (found.length === 0) return undefined;
  return found
    .map((e) => (e.message === error.message ? t(`errors.${error.code}`, { defaultValue: e.message }) : e.message))
    .join(" ");
}
