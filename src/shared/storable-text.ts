import { z } from "zod";

// PostgreSQL text columns refuse NUL characters and jsonb (the audit log) also unpaired surrogates:
// refuse them at the door as a 422 naming the field, rather than failing in the database with a 500.
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A string both engines can store in text and jsonb columns. */
export function storableText() {
  return z.string().refine((s) => !UNSTORABLE.test(s), "must not contain NUL characters or unpaired surrogates");
}
