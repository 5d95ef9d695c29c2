import type { AreaT } from "../app/i18n.ts";
import type { Priority, View } from "./types.ts";

const STANDARD_KEYS = ["mine", "unassigned", "breaching-soon", "breached", "open"] as const;
const STANDARD = new Set<string>(STANDARD_KEYS);

/** A view's name as people read it: standard views translated, organizations and saved views by their name. */
export function viewLabel(view: View, t: AreaT<"console">): string {
  if (view.kind === "priority" || view.key.startsWith("priority-")) {
    const priority = view.key.replace(/^priority-/, "");
    return t("views.priority", { priority: t(`common:priority.${priority as Priority}`) });
  }
  if (STANDARD.has(view.key)) return t(`views.${view.key as (typeof STANDARD_KEYS)[number]}`);
  return view.name ?? view.key;
}

/** The query parameters the filter bar edits in the address (they override the view's own filters). */
export const FILTER_PARAMS = ["status", "priority", "assignee", "groupId", "q", "sort", "order"] as const;

/** The list's filters: the view's, overridden by what is in the address. */
export function mergedFilters(view: View | undefined, search: URLSearchParams): Record<string, string> {
  const merged: Record<string, string> = { ...(view?.filters ?? {}) };
  for (const key of FILTER_PARAMS) {
    const value = search.get(key);
    if (value !== null && value !== "") merged[key] = value;
  }
  return merged;
}
