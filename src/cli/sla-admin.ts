// `frontline calendar …` and `frontline policy …`: SLA settings from the command line, through the same use
// cases as the API (as Frontline itself), so the same rules hold. Problems are one line (UsageError).
import { readFile } from "node:fs/promises";
import type { Deps } from "../context.ts";
import { SYSTEM_ACTOR } from "../identity/actor.ts";
import { DomainError } from "../shared/errors.ts";
import { PRIORITIES } from "../shared/enums.ts";
import { WEEKDAYS, isAlwaysCalendar, type Calendar } from "../sla/calendar/index.ts";
import { validCalendar, type CalendarView } from "../sla/calendar/calendar-definition.ts";
import { calendarNames } from "../sla/calendar/calendar.store.ts";
import { createCalendar } from "../sla/calendar/create-calendar.ts";
import { ensureSlaDefaults } from "../sla/policy/ensure-sla-defaults.ts";
import { getCalendar } from "../sla/calendar/get-calendar.ts";
import { getPolicy } from "../sla/policy/get-policy.ts";
import { listCalendars } from "../sla/calendar/list-calendars.ts";
import { listPolicies } from "../sla/policy/list-policies.ts";
import { reviseCalendar } from "../sla/calendar/revise-calendar.ts";
import { UsageError } from "./usage-error.ts";

type Print = (line: string) => void;
type CliDeps = Pick<Deps, "db" | "clock">;

const table = (rows: string[][]): string[] => {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => r[i]!.length))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd(),
  );
};

async function calendarNamed(deps: CliDeps, name: string): Promise<CalendarView | undefined> {
  const found = (await listCalendars(deps, SYSTEM_ACTOR)).find((c) => c.calendar.name === name);
  return found && getCalendar(deps, SYSTEM_ACTOR, found.calendar.id);
}

/** `calendar list`: every calendar with its zone and version count. */
export async function calendarList(deps: CliDeps, print: Print): Promise<void> {
  await ensureSlaDefaults(deps);
  const views = await listCalendars(deps, SYSTEM_ACTOR);
  const rows = views.map((v) => [
    v.calendar.name,
    v.current.definition.timezone,
    `${v.versions.length} version${v.versions.length === 1 ? "" : "s"}`,
    v.calendar.id,
  ]);
  table([["NAME", "TIME ZONE", "VERSIONS", "ID"], ...rows]).forEach(print);
}

function describeHours(calendar: Calendar): string[] {
  if (isAlwaysCalendar(calendar)) return ["  open 24×7"];
  const days = WEEKDAYS.map(
    (d) => `  ${d}  ${(calendar.weekly[d] ?? []).map(([a, b]) => `${a}–${b}`).join(", ") || "closed"}`,
  );
  const holidays = (calendar.holidays ?? []).map((h) =>
    typeof h === "string" ? h : `${h.date}${h.recurring ? " (every year)" : ""}${h.name ? ` ${h.name}` : ""}`,
  );
  const special = Object.entries(calendar.overrides ?? {})
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, ranges]) => `  ${date}  ${ranges.map(([a, b]) => `${a}–${b}`).join(", ") || "closed"}`);
  return [
    ...days,
    ...(holidays.length > 0 ? [`  holidays: ${holidays.join(", ")}`] : []),
    ...(special.length > 0 ? ["  special hours (replace the day's weekly hours and any holiday):", ...special] : []),
  ];
}

/** `calendar show NAME`: its versions and the hours in force now (or, with --json, the definition to edit and `set`). */
export async function calendarShow(
  deps: CliDeps,
  name: string,
  options: { json?: boolean },
  print: Print,
): Promise<void> {
  await ensureSlaDefaults(deps);
  const view = await calendarNamed(deps, name);
  if (!view) throw new UsageError(`no calendar named ${JSON.stringify(name)} (see frontline calendar list)`);
  if (options.json) return print(JSON.stringify(view.current.definition, null, 2));
  print(`${view.calendar.name} (${view.calendar.id})`);
  for (const v of view.versions)
    print(`  version effective ${v.effectiveFrom.toISOString()}${v.id === view.current.id ? "  ← in force" : ""}`);
  print(`Time zone ${view.current.definition.timezone}`);
  describeHours(view.current.definition).forEach(print);
}

/** Reads and checks a calendar definition file (JSON) before anything opens the database; a problem is one line. */
export async function readDefinitionFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new UsageError(
      `--file: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  let definition: unknown;
  try {
    definition = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--file: ${file} is not JSON (${(error as Error).message})`);
  }
  try {
    return validCalendar(definition, "body.definition");
  } catch (error) {
    throw fileProblem(error, file);
  }
}

/** A calendar problem named against the file rather than the API body: "def.json: weekly.mon[0][0]: …". */
function fileProblem(error: unknown, file: string): unknown {
  if (!(error instanceof DomainError) || error.code !== "CALENDAR_INVALID") return error;
  const issues = (error.details?.errors as Array<{ field: string; message: string }> | undefined) ?? [];
  const lines = issues.map(
    (i) => `${file}${i.field.replace(/^body\.definition\.?/, ": ").replace(/^: $/, "")}: ${i.message}`,
  );
  return new UsageError(`invalid calendar: ${lines.join("; ") || error.message}`);
}

/** `calendar set NAME --file def.json`: a new version of the calendar, in force now (the calendar is created if new). */
export async function calendarSet(
  deps: CliDeps & Pick<Deps, "referenceChanged">,
  name: string,
  input: { definition: unknown; file: string },
  print: Print,
): Promise<void> {
  const { definition, file } = input;
  if (!name.trim()) throw new UsageError("NAME: say which calendar");
  await ensureSlaDefaults(deps);
  const existing = await calendarNamed(deps, name);
  try {
    if (!existing) {
      const created = await createCalendar(deps, SYSTEM_ACTOR, { name: name.trim(), definition });
      await deps.referenceChanged();
      return print(`Created calendar ${created.calendar.name} (${created.calendar.id}).`);
    }
    const view = await reviseCalendar(deps, SYSTEM_ACTOR, existing.calendar.id, { definition });
    // Running servers drop their cached calendars now rather than after the cache's lifetime.
    await deps.referenceChanged();
    print(
      `Calendar ${view.calendar.name}: version ${view.versions.length} in force from ${view.current.effectiveFrom.toISOString()}.`,
    );
  } catch (error) {
    throw fileProblem(error, file);
  }
}

/** `policy list`: the policies in evaluation order. */
export async function policyList(deps: CliDeps, print: Print): Promise<void> {
  await ensureSlaDefaults(deps);
  const rows = (await listPolicies(deps, SYSTEM_ACTOR)).map((v) => [
    String(v.policy.position),
    v.policy.name,
    [v.policy.isDefault ? "default" : "", v.policy.active ? "active" : "inactive"].filter(Boolean).join(", "),
    v.current ? `v${v.current.version}` : "—",
    v.policy.id,
  ]);
  table([["POSITION", "NAME", "STATE", "VERSION", "ID"], ...rows]).forEach(print);
}

/** `policy show NAME`: conditions, versions and the targets in force now, per priority. */
export async function policyShow(
  deps: CliDeps,
  name: string,
  options: { json?: boolean },
  print: Print,
): Promise<void> {
  await ensureSlaDefaults(deps);
  const found = (await listPolicies(deps, SYSTEM_ACTOR)).find((p) => p.policy.name === name);
  if (!found) throw new UsageError(`no policy named ${JSON.stringify(name)} (see frontline policy list)`);
  const view = await getPolicy(deps, SYSTEM_ACTOR, found.policy.id);
  if (options.json) return print(JSON.stringify(view.current?.definition ?? null, null, 2));
  print(
    `${view.policy.name} (${view.policy.id})${view.policy.isDefault ? " — the default" : ""}${view.policy.active ? "" : " — inactive"}`,
  );
  print(`Position ${view.policy.position}; conditions ${JSON.stringify(view.policy.conditions)}`);
  for (const v of view.versions)
    print(
      `  version ${v.version} effective ${v.effectiveFrom.toISOString()}${v.id === view.current?.id ? "  ← in force" : ""}`,
    );
  const d = view.current?.definition;
  if (!d) return;
  const names = await calendarNames(
    deps.db,
    PRIORITIES.map((p) => d.targets[p].calendarId),
  );
  const rows = PRIORITIES.map((p) => {
    const t = d.targets[p];
    return [
      p,
      `${t.firstResponseMinutes} min`,
      `${t.resolutionMinutes} min`,
      t.nextReplyMinutes ? `${t.nextReplyMinutes} min` : "—",
      names.get(t.calendarId) ?? t.calendarId,
    ];
  });
  table([["PRIORITY", "RESPONSE", "RESOLUTION", "NEXT REPLY", "CALENDAR"], ...rows]).forEach(print);
  print(
    `Paused in: ${d.pauseStatuses.join(", ") || "—"}; warnings at ${d.warningShares.map((s) => `${Math.round(s * 100)} %`).join(", ") || "—"}`,
  );
  for (const e of d.escalations)
    print(
      `  level ${e.level}: ${e.clock} ${e.offsetMinutes >= 0 ? "+" : ""}${e.offsetMinutes} min → ${e.actions.map((a) => a.type).join(", ")}`,
    );
}
