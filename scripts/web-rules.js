// The web app's rules (web/src), checked by check-architecture.js on every `npm test`:
// - files under 400 lines (the generated API types, web/src/api/schema.d.ts, excepted: nobody reads them by hand)
// - no dangerouslySetInnerHTML (messages render as text)
// - no imports from the server except the pure modules of src/shared
// - API URLs are built only in web/src/api/ (one module per resource: query keys, queries, mutations, typed by the
//   generated schema.d.ts); components call those. No exceptions: the files written before the rule have all moved.

const GENERATED = new Set(["api/schema.d.ts"]);
// A string or template literal that starts an API path: "/api/…" or `/api/…`.
const API_URL = /["'`]\/api\//;

/**
 * What is wrong with one web/src file (`rel` relative to web/src), as messages.
 * `imports` are its import specifiers resolved to "server" (outside src/shared) or anything else.
 */
export function webProblems(rel, text, { serverImports = [] } = {}) {
  const problems = [];
  for (const i of serverImports) problems.push(`imports server code ${i} (only src/shared may be shared)`);
  if (/dangerouslySetInnerHTML/.test(text))
    problems.push("uses dangerouslySetInnerHTML (render text; HTML from users is never trusted)");
  const lines = text.split("\n").length;
  if (lines > 400 && !GENERATED.has(rel)) problems.push(`${lines} lines (limit 400)`);
  const isTest = rel.endsWith(".test.ts");
  if (!isTest && !rel.startsWith("api/")) {
    const line = text.split("\n").findIndex((l) => API_URL.test(l));
    if (line >= 0) problems.push(`line ${line + 1}: builds an API URL by hand (call a module of web/src/api/ instead)`);
  }
  return problems;
}
