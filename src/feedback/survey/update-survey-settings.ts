import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { diffFields, hasChanges } from "../../identity/audit.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { DEFAULT_SURVEY_SETTINGS, type SurveySettings } from "./survey.ts";
import { authorizeSurvey } from "./survey.policy.ts";
import { lockSurveySettings, saveSurveySettings } from "./survey.store.ts";

const FIELDS = ["enabled", "question", "questionUr", "samplingPercent", "cooldownDays", "linkDays"] as const;

/**
 * Replaces how the post-resolution survey is run (admin): on or off, the question (English, optional Urdu), the
 * sampling rate, the per-requester cooldown and how long links hold. Audited field by field as the
 * `setting` "survey.post_resolution"; an edit that changes nothing writes nothing. Surveys already offered keep
 * the question they were asked with.
 */
export async function updateSurveySettings(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  input: SurveySettings,
): Promise<SurveySettings> {
  authorizeSurvey(actor, "survey_settings.write");
  const after: SurveySettings = {
    ...input,
    question: input.question.trim(),
    questionUr: input.questionUr?.trim() || null,
  };
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const before = (await lockSurveySettings(tx)) ?? DEFAULT_SURVEY_SETTINGS;
    const changes = diffFields(before, after, FIELDS);
    if (!hasChanges(changes)) return before;
    await saveSurveySettings(tx, after, now);
    await recordAudit(
      tx,
      actor,
      { action: "setting.updated", entity: "setting", entityId: "survey.post_resolution", changes },
      now,
    );
    return after;
  });
}
