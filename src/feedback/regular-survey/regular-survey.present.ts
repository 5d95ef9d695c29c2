import { z } from "zod";
import type { SurveyRound } from "./get-regular-survey.ts";
import type { SurveyRoundResults } from "./get-survey-results.ts";
import { RECURRENCES, REGULAR_SURVEY_STATUSES, SurveyQuestion } from "./regular-survey.ts";
import type { RegularSurveyRow } from "./regular-survey.store.ts";

export const SurveyQuestionDto = SurveyQuestion.meta({ id: "SurveyQuestion" });

export const RegularSurveyDto = z
  .object({
    id: z.uuid(),
    title: z.string(),
    titleUr: z.string().nullable(),
    questions: z.array(SurveyQuestionDto),
    organizationIds: z.array(z.uuid()),
    recurrence: z.enum(RECURRENCES),
    startDate: z.string(),
    windowDays: z.number().int(),
    reminderAfterDays: z.number().int().nullable(),
    reminderMax: z.number().int(),
    status: z.enum(REGULAR_SURVEY_STATUSES),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "RegularSurvey" });

export const RoundDto = z
  .object({
    id: z.uuid(),
    periodStart: z.string().describe("The round's first day"),
    title: z.string(),
    questions: z.array(SurveyQuestionDto).describe("The questions this round asked"),
    opensAt: z.string(),
    closesAt: z.string(),
    invited: z.number().int(),
    responses: z.number().int(),
    open: z.boolean().describe("Whether its window is still running"),
  })
  .meta({ id: "SurveyRound" });

const Distribution = z.object({ "1": z.number(), "2": z.number(), "3": z.number(), "4": z.number(), "5": z.number() });

export const SurveyResultsDto = z
  .object({
    surveyId: z.uuid(),
    title: z.string(),
    round: RoundDto.omit({ responses: true, open: true }),
    open: z.boolean(),
    invited: z.number().int(),
    responses: z.number().int(),
    response_rate: z.number().nullable().describe("responses / invited"),
    questions: z.array(
      z.discriminatedUnion("kind", [
        z.object({
          kind: z.literal("scale"),
          question: SurveyQuestionDto,
          answered: z.number().int(),
          mean: z.number().nullable(),
          distribution: Distribution,
        }),
        z.object({
          kind: z.literal("choice"),
          question: SurveyQuestionDto,
          answered: z.number().int(),
          counts: z.array(z.object({ option: z.string(), count: z.number().int() })),
        }),
        z.object({ kind: z.literal("text"), question: SurveyQuestionDto, answered: z.number().int() }),
      ]),
    ),
  })
  .meta({ id: "SurveyResults" });

export function presentRegularSurvey(s: RegularSurveyRow): z.infer<typeof RegularSurveyDto> {
  return { ...s, createdAt: s.createdAt.toISOString(), updatedAt: s.updatedAt.toISOString() };
}

function roundTimes<T extends { opensAt: Date; closesAt: Date }>(r: T) {
  return { ...r, opensAt: r.opensAt.toISOString(), closesAt: r.closesAt.toISOString() };
}

export function presentRound(r: SurveyRound): z.infer<typeof RoundDto> {
  const { surveyId: _surveyId, titleUr: _titleUr, ...rest } = r;
  return roundTimes(rest);
}

export function presentResults(r: SurveyRoundResults): z.infer<typeof SurveyResultsDto> {
  const { surveyId: _surveyId, titleUr: _titleUr, ...round } = r.round;
  return { ...r, round: roundTimes(round) };
}
