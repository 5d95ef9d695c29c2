// Public surface of the business-time calendar: validate, compile, then add/elapsed on epoch milliseconds.
export { CalendarSchema, CalendarValidationError, WEEKDAYS, isAlwaysCalendar, parseCalendar } from "./calendar.ts";
export type { AlwaysCalendar, Calendar, Holiday, TimeRange, WeeklyCalendar, Weekday } from "./calendar.ts";
export { CompiledCalendar, FIRST_YEAR, LAST_YEAR, compileCalendar } from "./compile.ts";
export { BusinessTimeRangeError, MAX_DURATION_MS, add, elapsed, isOpen } from "./business-time.ts";
export type { BusinessTimeField } from "./business-time.ts";
export { formatInstant, parseInstant } from "./iso.ts";
export { timelineAdd, timelineElapsed } from "./timeline.ts";
export type { CalendarTimeline } from "./timeline.ts";
