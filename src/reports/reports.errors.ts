import { DomainError } from "../shared/errors.ts";
import { MAX_TREND_POINTS } from "./indicators/trend.ts";

export type ReportErrorCode =
  "INVALID_PERIOD" | "PERIOD_TOO_LONG" | "REPORT_SCOPE_FORBIDDEN" | "TOO_MANY_POINTS" | "PARAMETER_REQUIRED";

/** The longest period one report covers (two years and a day): every ticket of it is folded per request. */
export const MAX_PERIOD_DAYS = 731;

/** The user-facing sentence for each report error; exhaustive so a new code cannot ship silent. */
export function reportErrorMessage(code: ReportErrorCode): string {
  switch (code) {
    case "INVALID_PERIOD":
      return "The period must end after it starts (`to` is excluded, so it must be later than `from`).";
    case "PERIOD_TOO_LONG":
      return `A report covers at most ${MAX_PERIOD_DAYS} days; ask for shorter periods.`;
    case "REPORT_SCOPE_FORBIDDEN":
      return "Agents see their own figures and their groups': ask for yourself or one of your groups.";
    case "TOO_MANY_POINTS":
      return `A trend draws at most ${MAX_TREND_POINTS} points: ask for weeks rather than days, or a shorter period.`;
    case "PARAMETER_REQUIRED":
      return "This table needs the parameter named: `figure` for the tickets behind a figure, `bucket` for a trend.";
  }
}

const KIND: Record<ReportErrorCode, DomainError["kind"]> = {
  INVALID_PERIOD: "invalid",
  PERIOD_TOO_LONG: "invalid",
  REPORT_SCOPE_FORBIDDEN: "forbidden",
  TOO_MANY_POINTS: "invalid",
  PARAMETER_REQUIRED: "invalid",
};

/** Builds the DomainError for a report code, naming the input field when there is one. */
export function reportError(code: ReportErrorCode, field?: string): DomainError {
  return new DomainError(KIND[code], code, reportErrorMessage(code), field);
}
