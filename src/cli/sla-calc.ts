// `frontline sla calc`: business-time arithmetic over JSON lines, one output line per input line, in order.
//   {"calendar": C, "start": ISO, "add_minutes": N}  →  {"deadline": ISO}
//   {"calendar": C, "start": ISO, "end": ISO}         →  {"business_minutes": N}
// A bad line gets {"error": "field: what is wrong"} and the run goes on; the exit status is 1 if any line failed.
import {
  BusinessTimeRangeError,
  CalendarValidationError,
  CompiledCalendar,
  MAX_DURATION_MS,
  add,
  elapsed,
  formatInstant,
  parseCalendar,
  parseInstant,
} from "../sla/calendar/index.ts";
import type { BusinessTimeField } from "../sla/calendar/index.ts";
import { INSTANT_RANGE_MESSAGE, isSupportedInstant } from "../shared/instant.ts";

const MS_PER_MINUTE = 60_000;
/** Compiled calendars kept by JSON text; a batch rarely uses more than a handful. */
const CALENDAR_CACHE_SIZE = 64;
/** Output is written in chunks of about this many characters instead of one write per line. */
const OUTPUT_CHUNK_CHARS = 64 * 1024;

type LineResult = { readonly json: string; readonly failed: boolean };

/** Runs the `sla calc` protocol from input to output; resolves to the exit status (1 when any line failed). */
export async function runSlaCalc(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<number> {
  const calendars = new CalendarCache(CALENDAR_CACHE_SIZE);
  const writer = new BatchedWriter(output);
  const decoder = new TextDecoder("utf-8");
  let carry = "";
  let failed = false;
  let first = true;
  const handle = (line: string): void => {
    // A UTF-8 byte-order mark and a CR of CRLF line ends are transport, not content.
    if (first && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    first = false;
    const result = processLine(line.endsWith("\r") ? line.slice(0, -1) : line, calendars);
    failed ||= result.failed;
    writer.push(result.json);
  };
  for await (const chunk of input) {
    const text = carry + (typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true }));
    const lines = text.split("\n");
    carry = lines.pop() ?? "";
    for (const line of lines) handle(line);
    await writer.flushIfFull(); // waiting on a full output also stops reading input: backpressure end to end
  }
  carry += decoder.decode();
  // A final newline ends the last line rather than starting an empty one; text after it is a last line.
  if (carry !== "") handle(carry);
  await writer.flush();
  return failed ? 1 : 0;
}

/** Answers one input line with one JSON line. */
export function processLine(line: string, calendars: CalendarCache): LineResult {
  try {
    return { json: JSON.stringify(answer(line, calendars)), failed: false };
  } catch (error) {
    return { json: JSON.stringify({ error: describe(error) }), failed: true };
  }
}

/** A line's problem, already phrased for the user (field first). */
class LineError extends Error {}

function answer(line: string, calendars: CalendarCache): { deadline: string } | { business_minutes: number } {
  if (line.trim() === "") throw new LineError("empty line: expected a JSON object");
  let request: unknown;
  try {
    request = JSON.parse(line);
  } catch (error) {
    throw new LineError(`invalid JSON: ${(error as Error).message}`);
  }
  if (typeof request !== "object" || request === null || Array.isArray(request)) {
    throw new LineError("expected a JSON object with calendar, start and add_minutes or end");
  }
  const fields = request as Record<string, unknown>;
  const hasAdd = fields.add_minutes !== undefined;
  const hasEnd = fields.end !== undefined;
  if (hasAdd === hasEnd)
    throw new LineError(hasAdd ? "give add_minutes or end, not both" : "missing add_minutes or end");
  const calendar = calendars.get(fields.calendar);
  const start = instantField(fields, "start");
  if (hasAdd) return { deadline: formatInstant(calendar, add(calendar, start, minutesField(fields.add_minutes))) };
  return { business_minutes: elapsed(calendar, start, instantField(fields, "end")) / MS_PER_MINUTE };
}

function instantField(fields: Record<string, unknown>, name: "start" | "end"): number {
  const value = fields[name];
  if (value === undefined) throw new LineError(`${name}: required (an ISO 8601 date-time with an offset)`);
  if (typeof value !== "string")
    throw new LineError(`${name}: expected an ISO 8601 string, got ${JSON.stringify(value)}`);
  let epochMs: number;
  try {
    epochMs = parseInstant(value);
  } catch (error) {
    throw new LineError(`${name}: ${(error as Error).message}`);
  }
  if (!isSupportedInstant(epochMs))
    throw new LineError(`${name}: ${INSTANT_RANGE_MESSAGE}, got ${JSON.stringify(value)}`);
  return epochMs;
}

/** Minutes (fractions allowed) → whole milliseconds, rounding anything finer than a millisecond. */
function minutesField(value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value))
    throw new LineError(`add_minutes: expected a number of minutes, got ${JSON.stringify(value)}`);
  if (value < 0) throw new LineError(`add_minutes: must not be negative, got ${value}`);
  const ms = Math.round(value * MS_PER_MINUTE);
  if (ms > MAX_DURATION_MS) throw new LineError(`add_minutes: ${value} exceeds 100 years of business time`);
  return ms;
}

const FIELD_NAMES: Record<BusinessTimeField, string> = {
  start: "start",
  end: "end",
  duration: "add_minutes",
  deadline: "deadline",
};

function describe(error: unknown): string {
  if (error instanceof LineError || error instanceof CalendarValidationError) return error.message;
  if (error instanceof BusinessTimeRangeError) return `${FIELD_NAMES[error.field]}: ${error.detail}`;
  return `internal error: ${error instanceof Error ? error.message : String(error)}`;
}

/** Small LRU of compiled calendars (or their validation errors) keyed by the calendar's JSON text. */
export class CalendarCache {
  readonly #entries = new Map<string, CompiledCalendar | CalendarValidationError>();
  readonly #capacity: number;

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  /** The compiled calendar for a request's `calendar` value; throws its validation error. */
  get(raw: unknown): CompiledCalendar {
    if (raw === undefined) throw new LineError("calendar: required");
    const key = JSON.stringify(raw);
    let entry = this.#entries.get(key);
    if (entry !== undefined) {
      this.#entries.delete(key); // re-insert: Map order is recency order
    } else {
      entry = compileOrError(raw);
      if (this.#entries.size >= this.#capacity) this.#entries.delete(this.#entries.keys().next().value as string);
    }
    this.#entries.set(key, entry);
    if (entry instanceof CalendarValidationError) throw entry;
    return entry;
  }
}

function compileOrError(raw: unknown): CompiledCalendar | CalendarValidationError {
  try {
    return new CompiledCalendar(parseCalendar(raw, "calendar")); // paths read "calendar.weekly.mon[0]"
  } catch (error) {
    if (error instanceof CalendarValidationError) return error;
    throw error;
  }
}

/** Collects output lines and writes them in large chunks, waiting for 'drain' when the stream is full. */
class BatchedWriter {
  readonly #output: NodeJS.WritableStream;
  #lines: string[] = [];
  #chars = 0;
  #full = false;

  constructor(output: NodeJS.WritableStream) {
    this.#output = output;
  }

  push(json: string): void {
    this.#lines.push(json);
    this.#chars += json.length + 1;
  }

  async flushIfFull(): Promise<void> {
    if (this.#chars >= OUTPUT_CHUNK_CHARS) await this.#write();
    if (this.#full) await this.#drained();
  }

  /** Writes what is left and resolves once the stream has taken it. */
  async flush(): Promise<void> {
    if (this.#full) await this.#drained();
    if (this.#lines.length === 0) return;
    const chunk = this.#take();
    await new Promise<void>((resolve, reject) => {
      this.#output.write(chunk, (error) => (error ? reject(error) : resolve()));
    });
  }

  async #write(): Promise<void> {
    if (this.#full) await this.#drained();
    this.#full = !this.#output.write(this.#take());
  }

  #take(): string {
    const chunk = `${this.#lines.join("\n")}\n`;
    this.#lines = [];
    this.#chars = 0;
    return chunk;
  }

  #drained(): Promise<void> {
    const output = this.#output;
    return new Promise<void>((resolve, reject) => {
      const settle = (error?: unknown): void => {
        output.removeListener("drain", onDrain);
        output.removeListener("error", onError);
        output.removeListener("close", onClose);
        if (error === undefined) resolve();
        else reject(error);
      };
      const onDrain = (): void => {
        this.#full = false;
        settle();
      };
      const onError = (error: unknown): void => settle(error);
      const onClose = (): void => settle(new Error("output closed before all results were written"));
      output.once("drain", onDrain);
      output.once("error", onError);
      output.once("close", onClose);
    });
  }
}
