import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildWorkspace } from "../../../test/support/factories.ts";
import { PUBLISHED } from "../../../test/support/tutorials.ts";
import { saveOnboardingPath } from "../onboarding/save-onboarding-path.ts";
import { createTutorial } from "../tutorial/create-tutorial.ts";
import { tutorials } from "../tutorial/tutorial.tables.ts";
import { createPlaylist } from "./save-playlist.ts";

describeEachEngine("a list of learning items written while one of them is deleted", (ctx) => {
  /**
   * The delete runs in a transaction held open until the write has started, then commits. PGlite has one
   * connection, so there the write simply runs after the delete: the answer must be the same.
   */
  async function racing<T>(tutorialId: string, write: () => Promise<T>): Promise<T | unknown> {
    let commit!: () => void;
    const held = new Promise<void>((resolve) => (commit = resolve));
    let deleted!: () => void;
    const deleting = new Promise<void>((resolve) => (deleted = resolve));
    const deleter = ctx.deps.db.transaction(async (tx) => {
      await tx.delete(tutorials).where(eq(tutorials.id, tutorialId));
      deleted();
      await held;
    });
    if (ctx.database.engine === "pglite") {
      commit();
      await deleter;
      return write().catch((error: unknown) => error);
    }
    await deleting;
    const writing = write().catch((error: unknown) => error);
    // Long enough for the write to reach the deleted row and wait for its lock.
    await new Promise((resolve) => setTimeout(resolve, 200));
    commit();
    await deleter;
    return writing;
  }

  it("refuses a playlist naming it as a missing item (422), never a foreign key fault", async () => {
    const w = await buildWorkspace(ctx.deps);
    const gone = await createTutorial(ctx.deps, w.agent, { ...PUBLISHED, title: "Going away" });
    const answer = await racing(gone.id, () =>
      createPlaylist(ctx.deps, w.agent, {
        title: "Week one",
        description: "",
        items: [{ kind: "tutorial", id: gone.id }],
      }),
    );
    expect(answer).toMatchObject({ code: "ITEM_NOT_FOUND", field: "body.items.0.id" });
  });

  it("refuses an onboarding path naming it as a missing item (422), never a foreign key fault", async () => {
    const w = await buildWorkspace(ctx.deps);
    const kept = await createTutorial(ctx.deps, w.agent, { ...PUBLISHED, title: "Staying" });
    const gone = await createTutorial(ctx.deps, w.agent, { ...PUBLISHED, title: "Going away" });
    const answer = await racing(gone.id, () =>
      saveOnboardingPath(ctx.deps, w.agent, {
        audience: "new",
        title: "Your first week",
        items: [
          { kind: "tutorial", id: kept.id },
          { kind: "tutorial", id: gone.id },
        ],
      }),
    );
    expect(answer).toMatchObject({ code: "ITEM_NOT_FOUND", field: "body.items.1.id" });
  });
});
