import { z } from "zod";
import { PRIORITIES } from "../../shared/enums.ts";
import { CLOCK_KINDS } from "../policy/policy.ts";

export const ESCALATION_KINDS = ["warning", "breach", "functional", "hierarchical", "priority", "manual"] as const;

export const EscalationDto = z
  .object({
    id: z.uuid(),
    ticketId: z.uuid(),
    kind: z
      .enum(ESCALATION_KINDS)
      .describe("manual: by hand; functional: to another group; hierarchical: people notified; priority: raised"),
    level: z.number().int().nullable(),
    clock: z.enum(CLOCK_KINDS).nullable(),
    fromGroupId: z.uuid().nullable(),
    toGroupId: z.uuid().nullable(),
    fromPriority: z.enum(PRIORITIES).nullable(),
    toPriority: z.enum(PRIORITIES).nullable(),
    notified: z.array(z.uuid()),
    reason: z.string(),
    rule: z.string().nullable().describe("The policy threshold that fired it; null when a person escalated by hand"),
    actorId: z.uuid().nullable(),
    at: z.string(),
  })
  .meta({ id: "Escalation" });
export type EscalationDto = z.infer<typeof EscalationDto>;

type EscalationRow = {
  id: string;
  ticketId: string;
  kind: string;
  level: number | null;
  clock: string | null;
  fromGroupId: string | null;
  toGroupId: string | null;
  fromPriority: string | null;
  toPriority: string | null;
  notified: string[];
  reason: string;
  rule: string | null;
  actorId: string | null;
  at: Date;
};

/** An escalation record as the API shows it. */
export function presentEscalation(row: EscalationRow): EscalationDto {
  return {
    ...row,
    kind: row.kind as EscalationDto["kind"],
    clock: row.clock as EscalationDto["clock"],
    fromPriority: row.fromPriority as EscalationDto["fromPriority"],
    toPriority: row.toPriority as EscalationDto["toPriority"],
    notified: [...row.notified],
    at: row.at.toISOString(),
  };
}
