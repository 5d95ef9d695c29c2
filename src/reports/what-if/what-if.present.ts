import { z } from "zod";
import { PRIORITIES } from "../../shared/enums.ts";
import { SlaComplianceDto } from "../indicators.present.ts";

const Outcome = z.enum(["met", "breached"]);
const Compliance = SlaComplianceDto.omit({ breached: true });

export const WhatIfDto = z
  .object({
    period: z.object({ from: z.string(), to: z.string() }),
    policy_id: z.uuid().nullable().describe("The policy whose tickets were replayed; null: every ticket with an SLA"),
    tickets: z.number().int().describe("Tickets replayed"),
    actual: Compliance.describe("Compliance under the versions the tickets were pinned to"),
    draft: Compliance.describe("Compliance the same tickets would have had under the draft"),
    flips: z
      .array(
        z.object({
          ticket_id: z.uuid(),
          number: z.number().int(),
          priority: z.enum(PRIORITIES),
          clock: z.enum(["first_response", "resolution"]),
          actual: Outcome,
          draft: Outcome,
        }),
      )
      .describe("Each response or resolution clock whose outcome the draft would change"),
  })
  .meta({ id: "SlaWhatIf" });
