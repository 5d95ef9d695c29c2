import type { EscalationAction, PolicyConditions, PolicyDefinition } from "../types.ts";
import {
  PRIORITIES,
  type ClockKind,
  type NotifyChannel,
  type NotifyWho,
  type Priority,
  type Status,
} from "../vocab.ts";

// A policy definition as the editor holds it (inputs as text), and back to the API's shape.

export type TargetRow = { firstResponse: string; resolution: string; nextReply: string; calendarId: string };
export type ActionRow = {
  key: number;
  type: EscalationAction["type"];
  who: NotifyWho[];
  managerIds: string[];
  channels: NotifyChannel[];
  webhookUrl: string;
};
export type LevelRow = { key: number; clock: ClockKind; offset: string; actions: ActionRow[] };
export type DefinitionState = {
  targets: Record<Priority, TargetRow>;
  pauseStatuses: Status[];
  /** Whether starting a remote-access session is the first response. */
  remoteStartCountsAsResponse: boolean;
  /** Percent of each target, as typed. */
  warningShares: string[];
  escalations: LevelRow[];
  /** An onsite technician's check-in counts as the first response. */
  arrivalCountsAsResponse: boolean;
  /** Travel to a site pauses the resolution clock. */
  travelPausesResolution: boolean;
};

let nextKey = 1;
export const rowKey = () => nextKey++;

export const newAction = (): ActionRow => ({
  key: rowKey(),
  type: "notify",
  who: ["assignee"],
  managerIds: [],
  channels: ["in_app"],
  webhookUrl: "",
});
export const newLevel = (): LevelRow => ({ key: rowKey(), clock: "resolution", offset: "0", actions: [newAction()] });

const PUBLISHED: Record<Priority, [number, number]> = {
  critical: [5, 60],
  high: [10, 240],
  medium: [60, 480],
  low: [120, 1440],
};

export function newDefinitionState(calendarId: string): DefinitionState {
  const targets = Object.fromEntries(
    PRIORITIES.map((p) => [
      p,
      { firstResponse: String(PUBLISHED[p][0]), resolution: String(PUBLISHED[p][1]), nextReply: "", calendarId },
    ]),
  ) as Record<Priority, TargetRow>;
  return {
    targets,
    pauseStatuses: ["pending", "on_hold"],
    warningShares: ["50", "75", "90"],
    escalations: [],
    arrivalCountsAsResponse: false,
    travelPausesResolution: false,
    remoteStartCountsAsResponse: false,
  };
}

const text = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n));
const percent = (share: number) => String(Math.round(share * 1000) / 10);

export function stateFromDefinition(d: PolicyDefinition): DefinitionState {
  const targets = Object.fromEntries(
    PRIORITIES.map((p) => {
      const t = d.targets[p];
      return [
        p,
        {
          firstResponse: text(t.firstResponseMinutes),
          resolution: text(t.resolutionMinutes),
          nextReply: text(t.nextReplyMinutes),
          calendarId: t.calendarId,
        },
      ];
    }),
  ) as Record<Priority, TargetRow>;
  return {
    targets,
    pauseStatuses: [...d.pauseStatuses],
    arrivalCountsAsResponse: d.arrivalCountsAsResponse ?? false,
    travelPausesResolution: d.travelPausesResolution ?? false,
    remoteStartCountsAsResponse: d.remoteStartCountsAsResponse === true,
    warningShares: d.warningShares.map(percent),
    escalations: d.escalations
      .slice()
      .sort((a, b) => a.level - b.level)
      .map((l) => ({
        key: rowKey(),
        clock: l.clock,
        offset: String(l.offsetMinutes),
        actions: l.actions.map((a) =>
          a.type === "notify"
            ? {
                key: rowKey(),
                type: a.type,
                who: [...a.who],
                managerIds: [...a.managerIds],
                channels: [...a.channels],
                webhookUrl: a.webhookUrl ?? "",
              }
            : { ...newAction(), type: a.type, who: [], channels: [] },
        ),
      })),
  };
}

/** A typed number; an empty or unreadable one goes as null so the server names the field. */
const num = (s: string): number => (s.trim() === "" ? (null as unknown as number) : Number(s.trim().replace(",", ".")));

/** The API's definition; rows keep their order so server field paths (escalations.1.offsetMinutes) point at them. */
export function definitionFromState(s: DefinitionState): PolicyDefinition {
  const targets = Object.fromEntries(
    PRIORITIES.map((p) => {
      const t = s.targets[p];
      return [
        p,
        {
          firstResponseMinutes: num(t.firstResponse),
          resolutionMinutes: num(t.resolution),
          nextReplyMinutes: t.nextReply.trim() === "" ? null : num(t.nextReply),
          calendarId: t.calendarId,
        },
      ];
    }),
  ) as PolicyDefinition["targets"];
  return {
    targets,
    pauseStatuses: s.pauseStatuses,
    arrivalCountsAsResponse: s.arrivalCountsAsResponse,
    travelPausesResolution: s.travelPausesResolution,
    remoteStartCountsAsResponse: s.remoteStartCountsAsResponse,
    warningShares: s.warningShares.map((w) => num(w) / 100),
    escalations: s.escalations.map((l, i) => ({
      level: i + 1,
      clock: l.clock,
      offsetMinutes: num(l.offset),
      actions: l.actions.map((a): EscalationAction =>
        a.type === "notify"
          ? {
              type: "notify",
              who: a.who,
              managerIds: a.managerIds,
              channels: a.channels,
              ...(a.webhookUrl.trim() ? { webhookUrl: a.webhookUrl.trim() } : {}),
            }
          : { type: a.type },
      ),
    })),
  };
}

/** Only the conditions that narrow something (an empty list means "any"). */
export function cleanConditions(c: PolicyConditions): PolicyConditions {
  return Object.fromEntries(Object.entries(c).filter(([, v]) => Array.isArray(v) && v.length > 0)) as PolicyConditions;
}
