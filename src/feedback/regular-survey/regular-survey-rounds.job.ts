import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Deps } from "../../context.ts";
import { enqueue } from "../../platform/jobs/jobs.store.ts";
import { PermanentJobError, type JobHandler } from "../../platform/jobs/run-jobs.ts";
import type { WorkerTask } from "../../platform/jobs/worker.ts";
import type { Mailer } from "../../platform/mail/mailer.ts";
import { makeSurveyLink, surveyLinkMaker } from "../survey-link.ts";
import { dueReminder, dueRound } from "./regular-survey.ts";
import { regularSurveyMail, regularSurveyUrl } from "./regular-survey-mail.ts";
import {
  activeRequestersOf,
  claimReminder,
  claimRound,
  findRegularInvitationUnscoped,
  insertRegularInvitations,
  listActiveSurveysUnscoped,
  remindableInvitationsUnscoped,
  setRoundInvited,
  type RegularSurveyRow,
} from "./regular-survey.store.ts";

/** The job that mails one invitation's link, or one of its reminders (version 1). */
export const REGULAR_SURVEY_MAIL_JOB = "feedback.regular-survey.mail";

const Payload = z.object({ invitationId: z.uuid(), reminder: z.number().int().min(0) });

// Rounds open on day boundaries and reminders are counted in days: looking once a minute is plenty.
const LOOK_EVERY_MS = 60_000;
const DAY_MS = 86_400_000;

type RoundDeps = Pick<Deps, "db" | "clock" | "config">;

/** Links go out by mail only when they can be made (PUBLIC_URL) and sent (SMTP_URL); the portal lists them always. */
function canMail(deps: RoundDeps): boolean {
  return deps.config.PUBLIC_URL !== undefined && deps.config.SMTP_URL !== undefined;
}

/**
 * One pass over the active surveys: each survey whose round is due (regular-survey.ts `dueRound`) has it claimed
 * (regular_survey_rounds: one row per survey and first day, whoever inserts first) and, in the same transaction,
 * one invitation per active requester of its organizations with a signed single-use link, and a mail job for each
 * that can be mailed. Any number of workers may run this; each round opens once. The number of rounds opened.
 */
export async function openDueRounds(deps: RoundDeps): Promise<number> {
  const now = deps.clock.now();
  let opened = 0;
  for (const survey of await listActiveSurveysUnscoped(deps.db)) {
    const due = dueRound(survey, now);
    if (due && (await openRound(deps, survey, due, now))) opened += 1;
  }
  return opened;
}

async function openRound(
  deps: RoundDeps,
  survey: RegularSurveyRow,
  due: NonNullable<ReturnType<typeof dueRound>>,
  now: Date,
): Promise<boolean> {
  return deps.db.transaction(async (tx) => {
    const roundId = await claimRound(tx, {
      surveyId: survey.id,
      periodStart: due.periodStart,
      title: survey.title,
      titleUr: survey.titleUr,
      questions: survey.questions,
      opensAt: now,
      closesAt: due.closesAt,
      invited: 0,
    });
    if (!roundId) return false;
    const recipients = await activeRequestersOf(tx, survey.organizationIds);
    const mailing = canMail(deps);
    const link = await surveyLinkMaker(tx, "regular_survey");
    const rows = [];
    for (const person of recipients) {
      const id = randomUUID();
      const { tokenHash } = link(id, due.closesAt);
      // The neutral unverified visitor's address (reserved .invalid domain) has no one behind it to mail.
      const mailed = mailing && !person.email.toLowerCase().endsWith(".invalid");
      rows.push({ id, roundId, personId: person.id, tokenHash, mailed, createdAt: now, expiresAt: due.closesAt });
    }
    await insertRegularInvitations(tx, rows);
    await setRoundInvited(tx, roundId, rows.length);
    for (const row of rows.filter((r) => r.mailed)) await queueSurveyMail(tx, row.id, 0, now);
    return true;
  });
}

async function queueSurveyMail(db: Deps["db"], invitationId: string, reminder: number, now: Date): Promise<void> {
  await enqueue(db, {
    kind: REGULAR_SURVEY_MAIL_JOB,
    payload: { invitationId, reminder },
    idempotencyKey: `regular-survey:${invitationId}:${reminder}`,
    runAt: now,
  });
}

/**
 * One pass over the reminders: each mailed, unanswered invitation of an active survey whose reminder is due
 * (regular-survey.ts `dueReminder`) has that reminder claimed (regular_survey_reminders: one row per invitation and
 * number) and its mail queued in the same transaction. Paused and closed surveys remind nobody. The number queued.
 */
export async function queueDueReminders(deps: RoundDeps): Promise<number> {
  if (!canMail(deps)) return 0;
  const now = deps.clock.now();
  let queued = 0;
  for (const survey of await listActiveSurveysUnscoped(deps.db)) {
    if (!survey.reminderAfterDays || survey.reminderMax <= 0) continue;
    const sentBefore = new Date(now.getTime() - survey.reminderAfterDays * DAY_MS);
    for (const invitation of await remindableInvitationsUnscoped(deps.db, survey.id, now, sentBefore)) {
      const number = dueReminder(survey, invitation, now);
      if (number === null) continue;
      const claimed = await deps.db.transaction(async (tx) => {
        if (!(await claimReminder(tx, invitation.id, number, now))) return false;
        await queueSurveyMail(tx, invitation.id, number, now);
        return true;
      });
      if (claimed) queued += 1;
    }
  }
  return queued;
}

/** Rounds and reminders as a worker task: looks every minute. */
export function regularSurveysTask(deps: RoundDeps): WorkerTask {
  let nextLook = 0;
  return {
    name: "regular-surveys",
    run: async () => {
      const now = deps.clock.now().getTime();
      if (now < nextLook) return { more: false };
      nextLook = now + LOOK_EVERY_MS;
      await openDueRounds(deps);
      await queueDueReminders(deps);
      return { more: false };
    },
    nextWakeAt: async () => new Date(nextLook),
  };
}

/**
 * Mails an invitation's link (or a reminder of it) in the person's language. The token is signed again from the
 * invitation's id and expiry (signing is deterministic), so no job row ever holds a usable link; an invitation
 * answered meanwhile is not reminded.
 */
export function regularSurveyJobHandlers(deps: RoundDeps, mailer: Mailer | undefined): Record<string, JobHandler> {
  return {
    [REGULAR_SURVEY_MAIL_JOB]: async (job) => {
      const parsed = Payload.safeParse(job.payload);
      if (!parsed.success) throw new PermanentJobError(`malformed ${job.kind} payload`);
      if (!mailer) throw new PermanentJobError("SMTP_URL is not configured");
      if (!deps.config.PUBLIC_URL) throw new PermanentJobError("PUBLIC_URL is not configured");
      const found = await findRegularInvitationUnscoped(deps.db, parsed.data.invitationId);
      if (!found) throw new PermanentJobError("the invitation is gone");
      const { invitation, round } = found;
      if (invitation.answeredAt || invitation.expiresAt.getTime() <= deps.clock.now().getTime()) return;
      const { token, tokenHash } = await makeSurveyLink(deps.db, "regular_survey", invitation.id, invitation.expiresAt);
      if (tokenHash !== invitation.tokenHash) throw new PermanentJobError("the survey link key changed");
      const language = found.locale === "ur" ? "ur" : "en";
      const title = language === "ur" && round.titleUr ? round.titleUr : round.title;
      const mail = regularSurveyMail(language, {
        title,
        url: regularSurveyUrl(deps.config.PUBLIC_URL, token, language),
        closesAt: invitation.expiresAt,
        reminder: parsed.data.reminder,
      });
      await mailer.send({
        to: [found.email],
        subject: mail.subject,
        text: mail.text,
        messageId: `<regular-survey-${job.id}@frontline>`,
        headers: { "Auto-Submitted": "auto-generated" },
      });
    },
  };
}
