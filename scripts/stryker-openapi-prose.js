// A Stryker ignorer (stryker.config.json "ignorers"): the prose of the OpenAPI document — a route's `summary`,
// `description` and `tags`, and the text of a zod `.describe(…)` — is documentation, not behaviour. Mutating it
// ("Sign in with email…" → "") makes survivors no test should kill (they would test the wording of the docs), so
// they are left out of the score; Stryker lists them as Ignored with this reason.
import { declareValuePlugin, PluginKind } from "@stryker-mutator/api/plugin";

const PROSE_KEYS = new Set(["summary", "description", "tags"]);

/** Whether an expression is text and nothing else: a literal, a template, a concatenation or a list of them. */
function isText(node) {
  if (!node) return false;
  if (node.type === "StringLiteral" || node.type === "TemplateLiteral") return true;
  if (node.type === "BinaryExpression" && node.operator === "+") return isText(node.left) && isText(node.right);
  if (node.type === "ArrayExpression") return node.elements.every(isText);
  return false;
}

function keyName(node) {
  return node.type === "Identifier" ? node.name : node.type === "StringLiteral" ? node.value : undefined;
}

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, "openapi-prose", {
    shouldIgnore(path) {
      const { node, parent } = path;
      if (node.type === "ObjectProperty" && !node.computed && PROSE_KEYS.has(keyName(node.key)) && isText(node.value)) {
        return "OpenAPI prose (summary, description, tags) is documentation, not behaviour";
      }
      if (
        path.listKey === "arguments" &&
        isText(node) &&
        parent.type === "CallExpression" &&
        parent.callee.type === "MemberExpression" &&
        keyName(parent.callee.property) === "describe"
      ) {
        return "A zod .describe() text is OpenAPI documentation, not behaviour";
      }
      return undefined;
    },
  }),
];
