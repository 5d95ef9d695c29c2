/** Where a learning item (a step of a playlist or an onboarding path) is read or watched. */
export function itemPath(item: { kind: "tutorial" | "article"; id: string }): string {
  return item.kind === "tutorial" ? `/kb/tutorials/${item.id}` : `/kb/articles/${item.id}`;
}
