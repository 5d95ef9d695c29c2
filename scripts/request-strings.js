// Request schemas take no bare strings. Every `z.string()` in src/ (tests, settings and the files below aside)
// must be one of:
// - output: inside a route's `response: {…}`, or in a schema named `…Dto`, or in one a response or a Dto uses;
// - a format: its chain has `.regex(…)` (ids, cursors and codes spelled out);
// - marked on its lines or the line above with `// checked-text: <why it is safe>` (hashed, or refined to a list).
// Free text that is stored or queried uses storableText() (src/shared/storable-text.ts): PostgreSQL refuses NUL
// characters and unpaired surrogates, and a request must get a 422 naming the field, never a 500.
import ts from "typescript";

/** Files whose schemas never read a request, with the reason. */
export const NOT_REQUEST_INPUT = {
  "shared/storable-text.ts": "the storable-text rule itself",
  "tickets/live/live.ts": "NOTIFY payloads this app wrote",
};
const SKIP = [/^config\//, /\.test\.ts$/, /\.present\.ts$/, /\.job\.ts$/];
const MARK = /\/\/\s*checked-text:\s*\S/;

/** `z.string()` calls in a source file that break the rule, as 1-based line numbers. */
export function bareRequestStrings(rel, text) {
  if (SKIP.some((re) => re.test(rel)) || rel in NOT_REQUEST_INPUT || !text.includes("string(")) return [];
  const file = ts.createSourceFile(rel, text, ts.ScriptTarget.Latest, true);
  const lines = text.split("\n");
  const initializers = new Map();
  const outputs = [];
  const calls = [];
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer)
      initializers.set(node.name.text, node.initializer);
    if (ts.isPropertyAssignment(node) && node.name.getText(file) === "response") outputs.push(node.initializer);
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === "string" &&
      node.expression.expression.getText(file) === "z"
    )
      calls.push(node);
    ts.forEachChild(node, visit);
  };
  visit(file);
  // Output schemas: the Dtos, the response values, and every schema they name (to a fixed point).
  const names = new Set([...initializers.keys()].filter((n) => /Dto$/.test(n)));
  const named = (node) => {
    const found = [];
    const walk = (n) => {
      if (ts.isIdentifier(n) && initializers.has(n.text)) found.push(n.text);
      else ts.forEachChild(n, walk); // (a truthy return would stop forEachChild)
    };
    walk(node);
    return found;
  };
  for (const node of outputs) named(node).forEach((n) => names.add(n));
  for (let grew = true; grew;) {
    grew = false;
    for (const n of [...names]) {
      for (const m of named(initializers.get(n))) {
        if (!names.has(m)) ((grew = true), names.add(m));
      }
    }
  }
  const regions = new Set([...outputs, ...[...names].map((n) => initializers.get(n))]);
  const inOutput = (node) => {
    for (let n = node; n; n = n.parent) if (regions.has(n)) return true;
    return false;
  };
  const chain = (node) => {
    const methods = [];
    for (
      let n = node;
      ts.isPropertyAccessExpression(n.parent) && ts.isCallExpression(n.parent.parent);
      n = n.parent.parent
    )
      methods.push(n.parent.name.text);
    return methods;
  };
  return calls
    .filter((c) => !inOutput(c) && !chain(c).includes("regex"))
    .map((c) => [c.getStart(file), c.getEnd()].map((at) => file.getLineAndCharacterOfPosition(at).line))
    .filter(([first, last]) => !lines.slice(Math.max(0, first - 1), last + 1).some((line) => MARK.test(line)))
    .map(([first]) => first + 1);
}
