import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import type { ContentLanguage } from "../../shared/enums.ts";
import { listTutorialRows, type TutorialRow } from "./tutorial.store.ts";

/** The tutorials the caller may watch, newest change first: staff all of them, drafts included. */
export function listTutorials(
  deps: Pick<Deps, "readDb">,
  actor: Actor | null,
  filter: { language?: ContentLanguage | undefined; limit: number },
): Promise<TutorialRow[]> {
  return listTutorialRows(deps.readDb, actor, filter);
}
