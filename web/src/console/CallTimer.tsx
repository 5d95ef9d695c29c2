import { useTranslation } from "react-i18next";
import { useNow } from "./time.ts";

export type TimerState = { running: boolean; startedAt: number; base: number };

/** Seconds on the timer now. */
export function elapsedSeconds(timer: TimerState, now: number): number {
  return Math.max(0, Math.floor(timer.base + (timer.running ? (now - timer.startedAt) / 1000 : 0)));
}

/** The call's duration: a running timer (Stop / Start / Reset) whose minutes and seconds can be typed in. */
export function CallTimer({
  timer,
  setTimer,
  error,
}: {
  timer: TimerState;
  setTimer(next: TimerState): void;
  error?: string | undefined;
}) {
  const { t } = useTranslation(["console", "common"]);
  const now = useNow();
  const total = elapsedSeconds(timer, now);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const edit = (m: number, s: number) =>
    setTimer({ running: false, startedAt: Date.now(), base: Math.max(0, m) * 60 + Math.min(59, Math.max(0, s)) });
  return (
    <fieldset className="call-timer">
      <legend>{t("call.duration")}</legend>
      <div className="row">
        <div className="field inline">
          <label htmlFor="call-minutes">{t("call.minutes")}</label>
          <input
            id="call-minutes"
            type="number"
            inputMode="numeric"
            min={0}
            max={1440}
            value={minutes}
            onChange={(e) => edit(Number(e.target.value) || 0, seconds)}
            aria-describedby={error ? "call-duration-error" : undefined}
          />
        </div>
        <div className="field inline">
          <label htmlFor="call-seconds">{t("call.seconds")}</label>
          <input
            id="call-seconds"
            type="number"
            inputMode="numeric"
            min={0}
            max={59}
            value={seconds}
            onChange={(e) => edit(minutes, Number(e.target.value) || 0)}
          />
        </div>
        <span className={`badge ${timer.running ? "normal" : "paused"}`}>
          {timer.running ? t("call.timerRunning") : t("call.timerStopped")}
        </span>
        {timer.running ? (
          <button type="button" onClick={() => setTimer({ running: false, startedAt: Date.now(), base: total })}>
            {t("call.stop")}
          </button>
        ) : (
          <button type="button" onClick={() => setTimer({ running: true, startedAt: Date.now(), base: total })}>
            {t("call.start")}
          </button>
        )}
        <button type="button" onClick={() => setTimer({ running: false, startedAt: Date.now(), base: 0 })}>
          {t("call.reset")}
        </button>
      </div>
      {error ? (
        <p className="error" id="call-duration-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
