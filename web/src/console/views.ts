import type { TFunction } from "i18next";
import type { View } from "./types.ts";

const STANDARD = new Set(["mine", "unassigned", "breaching-soon", "breached", "open"]);

/** A view's name as people read it: standard views translated, organizations and saved views by their name. */
export function viewLabel(view: View, t: TFunction): string {
  if (view.kind === "priority" || view.key.startsWith("priority-")) {
    const priority = view.key.replace(/^priority-/, "");
    return t("views.priority", { priority: t(`common:priority.${priority}`) });
  }
  if (STANDARD.has(view.key)) return t(`views.${view.key}`);
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
