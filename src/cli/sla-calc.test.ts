import { PassThrough, Readable, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { runSlaCalc } from "./sla-calc.ts";

const karachi = {
  timezone: "Asia/Karachi",
  weekly: {
    mon: [["09:00", "18:00"]],
    tue: [["09:00", "18:00"]],
    wed: [["09:00", "18:00"]],
    thu: [["09:00", "18:00"]],
    fri: [["09:00", "18:00"]],
  },
  holidays: ["2026-12-25"],
};
const always = { timezone: "UTC", always: true };

/** Feeds `text` (in the given chunks) to runSlaCalc and returns the exit status and the output lines. */
async function run(chunks: (string | Buffer)[]): Promise<{ status: number; lines: unknown[]; raw: string }> {
  let raw = "";
  const output = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      raw += chunk.toString("utf8");
      callback();
    },
  });
  const status = await runSlaCalc(Readable.from(chunks, { objectMode: false }), output);
  const lines =
    raw === ""
      ? []
      : raw
          .replace(/\n$/, "")
          .split("\n")
          .map((line) => JSON.parse(line) as unknown);
  return { status, lines, raw };
}

const line = (request: unknown): string => `${JSON.stringify(request)}\n`;

describe("frontline sla calc", () => {
  it("answers add_minutes with a deadline in the calendar's offset, and start/end with business minutes", async () => {
    const { status, lines, raw } = await run([
      line({ calendar: karachi, start: "2026-01-05T09:00:00+05:00", add_minutes: 90 }),
      line({ calendar: karachi, start: "2026-01-05T04:00:00Z", end: "2026-01-06T05:30:00Z" }),
    ]);
    expect(status).toBe(0);
    expect(lines).toEqual([{ deadline: "2026-01-05T10:30:00+05:00" }, { business_minutes: 630 }]);
    expect(raw.endsWith("\n")).toBe(true);
  });

  it("accepts fractional minutes down to the millisecond and prints milliseconds only when non-zero", async () => {
    const { lines } = await run([
      line({ calendar: karachi, start: "2026-01-05T10:00:00+05:00", add_minutes: 1.5 }),
      line({ calendar: karachi, start: "2026-01-05T10:00:00+05:00", add_minutes: 0.001 / 60 }),
      line({ calendar: karachi, start: "2026-01-05T10:00:00+05:00", end: "2026-01-05T10:00:01.5+05:00" }),
      line({ calendar: always, start: "2026-01-05T10:00:00Z", add_minutes: 0 }),
    ]);
    expect(lines).toEqual([
      { deadline: "2026-01-05T10:01:30+05:00" },
      { deadline: "2026-01-05T10:00:00.001+05:00" },
      { business_minutes: 0.025 },
      { deadline: "2026-01-05T10:00:00+00:00" },
    ]);
  });

  it("answers a bad line with an error naming the field, keeps going, and exits 1", async () => {
    const { status, lines } = await run([
      line({ calendar: karachi, start: "2026-01-05T09:00:00+05:00", add_minutes: 60 }),
      "{not json\n",
      line({
        calendar: { ...karachi, weekly: { mon: [["25:00", "18:00"]] } },
        start: "2026-01-05T09:00:00+05:00",
        add_minutes: 1,
      }),
      line({ calendar: { timezone: "Mars/Base", always: true }, start: "2026-01-05T09:00:00+05:00", add_minutes: 1 }),
      line({ calendar: karachi, start: "2026-01-05 nine o'clock", add_minutes: 1 }),
      line({ calendar: karachi, start: "2026-01-05T09:00:00", add_minutes: 1 }),
      line({ calendar: karachi, start: "2026-01-05T09:00:00+05:00", add_minutes: -5 }),
      line({ calendar: karachi, start: "2026-01-05T09:00:00+05:00", add_minutes: 1e12 }),
      line({ calendar: karachi, start: "2026-01-05T09:00:00+05:00", add_minutes: "60" }),
      line({ calendar: karachi, start: "2026-01-05T09:00:00+05:00" }),
      line({ calendar: karachi, start: "2026-01-05T09:00:00+05:00", add_minutes: 1, end: "2026-01-06T09:00:00+05:00" }),
      line({ calendar: karachi, start: "2026-01-05T09:00:00+05:00", end: "2026-01-04T09:00:00+05:00" }),
      line({ start: "2026-01-05T09:00:00+05:00", add_minutes: 1 }),
      line({ calendar: karachi, start: "1960-01-05T09:00:00+05:00", add_minutes: 1 }),
      line([1, 2]),
      line({ calendar: always, start: "2026-01-05T09:00:00Z", end: "2026-01-05T10:00:00Z" }),
    ]);
    expect(status).toBe(1);
    const errors = lines.map((l) => (l as { error?: string }).error);
    expect(lines[0]).toEqual({ deadline: "2026-01-05T10:00:00+05:00" });
    expect(errors[1]).toMatch(/^invalid JSON: /);
    expect(errors[2]).toMatch(/^calendar\.weekly\.mon\[0\]\[0\]: invalid start time "25:00"/);
    expect(errors[3]).toBe('calendar.timezone: unknown time zone "Mars/Base"');
    expect(errors[4]).toMatch(/^start: expected an ISO 8601 date-time with an offset/);
    expect(errors[5]).toMatch(/^start: expected an ISO 8601 date-time with an offset/);
    expect(errors[6]).toBe("add_minutes: must not be negative, got -5");
    expect(errors[7]).toBe("add_minutes: 1000000000000 exceeds 100 years of business time");
    expect(errors[8]).toBe('add_minutes: expected a number of minutes, got "60"');
    expect(errors[9]).toBe("missing add_minutes or end");
    expect(errors[10]).toBe("give add_minutes or end, not both");
    expect(errors[11]).toBe("end: is before start (elapsed never runs backwards)");
    expect(errors[12]).toBe("calendar: required");
    expect(errors[13]).toMatch(/^start: is outside the supported years 1970–2200/);
    expect(errors[14]).toMatch(/^expected a JSON object/);
    expect(lines[15]).toEqual({ business_minutes: 60 });
  });

  it("writes exactly one line per input line: a blank line gets an error, a final newline does not add a line", async () => {
    const ok = line({ calendar: always, start: "2026-01-05T09:00:00Z", add_minutes: 1 });
    const { status, lines } = await run([ok, "\n", "   \n", ok]);
    expect(status).toBe(1);
    expect(lines).toHaveLength(4);
    expect(lines[1]).toEqual({ error: "empty line: expected a JSON object" });
    expect(lines[2]).toEqual({ error: "empty line: expected a JSON object" });
  });

  it("answers a last line without a newline, CRLF line ends and a byte-order mark", async () => {
    const request = JSON.stringify({ calendar: always, start: "2026-01-05T09:00:00Z", add_minutes: 1 });
    const { status, lines } = await run([`\uFEFF${request}\r\n`, request]);
    expect(status).toBe(0);
    expect(lines).toEqual([{ deadline: "2026-01-05T09:01:00+00:00" }, { deadline: "2026-01-05T09:01:00+00:00" }]);
  });

  it("reassembles lines and UTF-8 characters split across chunks", async () => {
    const bytes = Buffer.from(
      line({
        calendar: { ...karachi, holidays: [{ date: "2026-01-05", name: "Fête" }] },
        start: "2026-01-05T09:00:00+05:00",
        add_minutes: 60,
      }),
    );
    const at = bytes.indexOf(Buffer.from("ê")) + 1; // inside the two-byte "ê"
    const { lines } = await run([bytes.subarray(0, at), bytes.subarray(at, at + 7), bytes.subarray(at + 7)]);
    expect(lines).toEqual([{ deadline: "2026-01-06T10:00:00+05:00" }]);
  });

  it("stays correct with more distinct calendars than its cache holds", async () => {
    const calendar = (k: number): unknown => ({
      timezone: "UTC",
      weekly: { mon: [["09:00", "18:00"]] },
      holidays: [{ date: "2027-01-01", name: `holiday ${k}` }],
    });
    const requests = Array.from({ length: 200 }, (_, k) =>
      line({ calendar: calendar(k % 100), start: "2026-01-05T09:00:00Z", add_minutes: 30 }),
    );
    const { status, lines } = await run(requests);
    expect(status).toBe(0);
    expect(new Set(lines.map((l) => JSON.stringify(l)))).toEqual(new Set(['{"deadline":"2026-01-05T09:30:00+00:00"}']));
  });

  it("respects backpressure from a slow output and keeps lines in order", async () => {
    const requests = Array.from({ length: 5_000 }, (_, k) =>
      line({ calendar: always, start: "2026-01-05T09:00:00Z", add_minutes: k }),
    );
    const received: string[] = [];
    let writes = 0;
    const output = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, callback) {
        writes++;
        received.push(chunk.toString("utf8"));
        setTimeout(callback, 1);
      },
    });
    const status = await runSlaCalc(Readable.from(requests), output);
    expect(status).toBe(0);
    const lines = received.join("").trimEnd().split("\n");
    expect(lines).toHaveLength(5_000);
    expect(JSON.parse(lines[4_999]!)).toEqual({ deadline: "2026-01-08T20:19:00+00:00" });
    expect(writes).toBeLessThan(100); // batched, not one write per line
  });

  it("answers each of 100,000 streamed lines exactly once (its speed is measured by npm run bench)", async () => {
    const oneLine = (k: number): string =>
      line({
        calendar: karachi,
        start: `2026-0${1 + (k % 9)}-1${k % 10}T0${k % 10}:${String(k % 60).padStart(2, "0")}:00+05:00`,
        add_minutes: (k % 5000) / 4,
      });
    const input = new PassThrough();
    const chunks: string[] = [];
    for (let k = 0; k < 100_000; k += 1000)
      chunks.push(Array.from({ length: 1000 }, (_, j) => oneLine(k + j)).join(""));
    let count = 0;
    const output = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        for (const byte of chunk) if (byte === 10) count++;
        callback();
      },
    });
    const done = runSlaCalc(input, output);
    for (const chunk of chunks) if (!input.write(chunk)) await new Promise((resolve) => input.once("drain", resolve));
    input.end();
    expect(await done).toBe(0);
    expect(count).toBe(100_000);
  });
});
