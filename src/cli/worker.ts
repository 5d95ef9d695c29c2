import type { Config } from "../config/config.ts";
import type { Deps } from "../context.ts";
import { deleteExpiredSessions } from "../identity/credentials.store.ts";
import { deleteSignInFailuresBefore } from "../identity/sign-in-limits.store.ts";
import { deleteExpiredIdempotencyKeys } from "../platform/http/idempotency.store.ts";
import { housekeepingTask } from "../platform/jobs/housekeeping.ts";
import { jobsTask } from "../platform/jobs/run-jobs.ts";
import { startWorker, type WorkerTask } from "../platform/jobs/worker.ts";
import { createSmtpMailer } from "../platform/mail/mailer.ts";
import { consultationJobHandlers } from "../feedback/consultation-mail.job.ts";
import { outboundMailJobHandlers } from "../channels/email/outbound-mail.job.ts";
import { whatsappInboundJobHandlers } from "../channels/whatsapp/whatsapp-inbound.job.ts";
import { outboundWhatsappJobHandlers } from "../channels/whatsapp/outbound-whatsapp.job.ts";
import { openRuntime } from "../runtime.ts";
import { ensureSlaDefaults } from "../sla/policy/ensure-sla-defaults.ts";
import { notifyJobHandlers } from "../sla/escalation/notify.job.ts";
import { slaTimersTask } from "../sla/escalation/sla-timers.job.ts";
import { indicatorFactsTask } from "../reports/indicator-facts.job.ts";
import { reviewPackJobHandlers, scheduledPacksTask } from "../reports/review-pack/scheduled-packs.job.ts";
import { regularSurveyJobHandlers, regularSurveysTask } from "../feedback/regular-survey/regular-survey-rounds.job.ts";
import { articleReviewJobHandlers, articleReviewsTask } from "../knowledge/article/review-reminders.job.ts";
import { UsageError } from "./usage-error.ts";

// Due timers and jobs are found by polling indexed columns (and sleeping until the next known instant);
// half a second bounds the lag of work another process scheduled.
export const WORKER_POLL_MS = 500;
// Expired rows cost only disk and index size; sweeping them every few minutes is plenty.
export const HOUSEKEEPING_EVERY_MS = 5 * 60_000;
// Due SLA timers fired per pass on PGlite (500 on PostgreSQL, where a pass holds only its own connection).
const PGLITE_TIMER_BATCH = 50;

export type Background = { tasks: WorkerTask[]; close(): Promise<void> };

/**
 * The background work of a worker role: SLA timers, the indicator facts of changed tickets, the job queue with its handlers (mail, webhooks), survey
 * rounds, overdue article reviews told to their owners, and
 * housekeeping of rows past their use (expired sessions and idempotency keys, sign-in failures too old to count).
 */
export function backgroundTasks(deps: Deps): Background {
  const mailer = deps.config.SMTP_URL ? createSmtpMailer(deps.config.SMTP_URL, deps.config.MAIL_FROM) : undefined;
  const handlers = {
    ...notifyJobHandlers(deps, mailer),
    ...consultationJobHandlers(deps, mailer),
    ...outboundMailJobHandlers(deps, mailer),
    ...whatsappInboundJobHandlers(deps),
    ...outboundWhatsappJobHandlers(deps),
    ...reviewPackJobHandlers(deps, mailer),
    ...regularSurveyJobHandlers(deps, mailer),
    ...articleReviewJobHandlers(deps, mailer),
  };
  const jobs = jobsTask(deps.db, handlers, { now: () => deps.clock.now(), log: deps.log });
  const windowMs = deps.config.SIGN_IN_FAILURE_WINDOW_MINUTES * 60_000;
  const housekeeping = housekeepingTask(
    [
      { name: "sessions", run: (now) => deleteExpiredSessions(deps.db, now) },
      {
        name: "sign-in-failures",
        run: (now) => deleteSignInFailuresBefore(deps.db, new Date(now.getTime() - windowMs)),
      },
      { name: "idempotency-keys", run: (now) => deleteExpiredIdempotencyKeys(deps.db, now) },
    ],
    { everyMs: HOUSEKEEPING_EVERY_MS, now: () => deps.clock.now(), log: deps.log },
  );
  return {
    tasks: [
      // PGlite is one connection for the whole process: a pass holds every request until it commits, so small ones.
      slaTimersTask(deps, deps.engine === "pglite" ? PGLITE_TIMER_BATCH : undefined),
      indicatorFactsTask(deps),
      jobs,
      scheduledPacksTask(deps),
      regularSurveysTask(deps),
      articleReviewsTask(deps),
      housekeeping,
    ],
    close: async () => mailer?.close(),
  };
}

/** Resolves at the first SIGINT or SIGTERM (a second one ends the process the default way). */
function untilSignal(): Promise<string> {
  return new Promise((resolve) => {
    const on = (signal: string) => {
      process.off("SIGINT", on);
      process.off("SIGTERM", on);
      resolve(signal);
    };
    process.on("SIGINT", on);
    process.on("SIGTERM", on);
  });
}

/**
 * `frontline worker`: only the background role (SLA timers, mail and webhook jobs), until SIGINT/SIGTERM,
 * then finishes the pass in progress and exits. PostgreSQL only: any number of workers share the work.
 */
export async function runWorker(config: Config, print: (line: string) => void): Promise<void> {
  if (!config.DATABASE_URL) {
    throw new UsageError(
      "`frontline worker` needs PostgreSQL (DATABASE_URL): the embedded database opens in one process only, so there the worker runs inside `frontline start`",
    );
  }
  const runtime = await openRuntime(config);
  const { deps } = runtime;
  try {
    await ensureSlaDefaults(deps);
    const background = backgroundTasks(deps);
    const worker = startWorker(background.tasks, { pollMs: WORKER_POLL_MS, log: deps.log });
    deps.log.info("worker started");
    print(`Frontline worker ${process.pid} is running on PostgreSQL.`);
    const signal = await untilSignal();
    deps.log.info({ signal }, "worker stopping");
    await worker.stop();
    await background.close();
  } finally {
    await runtime.close();
  }
}
