import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { diffFields } from "../../identity/audit.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import type { Db } from "../../platform/db/database.ts";
import { feedbackError } from "../feedback.errors.ts";
import { DEFINITION_FIELDS, type SurveyDefinition } from "./regular-survey.ts";
import { authorizeRegularSurvey } from "./regular-survey.policy.ts";
import { clientOrganizationIds, insertRegularSurvey, type RegularSurveyRow } from "./regular-survey.store.ts";

/** Refuses a target that is not a client organization (the provider's staff are not surveyed), naming it. */
export async function checkTargets(db: Db, organizationIds: readonly string[]): Promise<void> {
  const clients = await clientOrganizationIds(db, organizationIds);
  const index = organizationIds.findIndex((id) => !clients.has(id));
  if (index >= 0) throw feedbackError("SURVEY_ORGANIZATION_INVALID", `body.organizationIds.${index}`);
}

/** Defines a regular survey (admin), audited with every field it was created with. */
export async function createRegularSurvey(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  input: SurveyDefinition,
): Promise<RegularSurveyRow> {
  authorizeRegularSurvey(actor, "regular_survey.write");
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    await checkTargets(tx, input.organizationIds);
    const row = await insertRegularSurvey(tx, { ...input, createdAt: now, updatedAt: now });
    const changes = diffFields<SurveyDefinition>(null, input, DEFINITION_FIELDS);
    await recordAudit(
      tx,
      actor,
      { action: "regular_survey.created", entity: "regular_survey", entityId: row.id, changes },
      now,
    );
    return row;
  });
}
