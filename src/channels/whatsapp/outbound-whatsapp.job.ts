import { z } from "zod";
import type { Deps } from "../../context.ts";
import type { JobRecord } from "../../platform/jobs/jobs.store.ts";
import { PermanentJobError, type JobHandler } from "../../platform/jobs/run-jobs.ts";
import { GraphApiError, sendGraphMessage } from "../../platform/whatsapp/graph-api.ts";
import { WHATSAPP_OUTBOUND_JOB } from "./whatsapp-public-replies.ts";
import { whatsappNumberFor } from "./whatsapp-numbers.ts";
import { findWhatsappMessageUnscoped, updateWhatsappMessage, type WhatsappMessageRow } from "./whatsapp.store.ts";

const Payload = z.object({ messageId: z.uuid() });

/** WhatsApp's longest text message; a longer reply goes out as several, in order. */
export const WHATSAPP_TEXT_MAX = 4096;

/** Splits a reply into WhatsApp-sized texts, at a line break or space near the limit when there is one. */
export function splitText(body: string, max = WHATSAPP_TEXT_MAX): string[] {
  const parts: string[] = [];
  let rest = body;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const cut = Math.max(window.lastIndexOf("\n"), window.lastIndexOf(" "));
    const at = cut > max / 2 ? cut + 1 : max;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  return rest.length > 0 || parts.length === 0 ? [...parts, rest] : parts;
}

/**
 * Meta's JSON for one message of a row: text, or an approved template with its body parameters. In a group it goes to
 * the group (`recipient_type: group`, `to`: the group id) quoting the member's message it answers (`context`).
 */
export function graphMessages(row: WhatsappMessageRow): Array<Record<string, unknown>> {
  const to = row.groupId ?? row.waId;
  const group = row.groupId
    ? { recipient_type: "group", ...(row.contextWamid ? { context: { message_id: row.contextWamid } } : {}) }
    : {};
  if (row.template)
    return [
      {
        ...group,
        to,
        type: "template",
        template: {
          name: row.template.name,
          language: { code: row.template.language },
          components:
            row.template.parameters.length > 0
              ? [{ type: "body", parameters: row.template.parameters.map((text) => ({ type: "text", text })) }]
              : [],
        },
      },
    ];
  return splitText(row.body).map((body) => ({ ...group, to, type: "text", text: { preview_url: false, body } }));
}

/**
 * Sends an outbound row through the Graph API (`POST {WHATSAPP_GRAPH_URL}/{version}/{phone_number_id}/messages`) and
 * keeps the wamid it answers, which receipts and the customer's quoted replies name. A refusal that retrying cannot
 * change (4xx: the window closed, a bad number) marks the row failed with Meta's reason; anything else is retried.
 */
export function outboundWhatsappJobHandlers(
  deps: Pick<Deps, "db" | "clock" | "config" | "cache">,
): Record<string, JobHandler> {
  return {
    [WHATSAPP_OUTBOUND_JOB]: async (job: JobRecord) => {
      const parsed = Payload.safeParse(job.payload);
      if (!parsed.success) throw new PermanentJobError(`malformed ${job.kind} payload`);
      const row = await findWhatsappMessageUnscoped(deps.db, parsed.data.messageId);
      if (!row || row.wamid !== null || row.status !== "queued") return;
      const number = await whatsappNumberFor(deps, row.phoneNumberId);
      if (!number || !number.accessToken) {
        await updateWhatsappMessage(deps.db, row.id, {
          status: "failed",
          lastError: "no access token for this number",
        });
        throw new PermanentJobError(`no access token for WhatsApp number ${row.phoneNumberId}`);
      }
      if (!row.groupId && !/^\d{5,15}$/.test(row.waId)) {
        await updateWhatsappMessage(deps.db, row.id, {
          status: "failed",
          lastError: "the customer has no number to send to",
        });
        throw new PermanentJobError("the customer has no WhatsApp number to send to");
      }
      const connection = { baseUrl: deps.config.WHATSAPP_GRAPH_URL, accessToken: number.accessToken };
      let first: string | undefined;
      try {
        for (const message of graphMessages(row)) {
          const wamid = await sendGraphMessage(connection, row.phoneNumberId, message);
          first ??= wamid;
        }
      } catch (error) {
        const lastError = (error as Error).message.slice(0, 1000);
        if (error instanceof GraphApiError && error.permanent) {
          await updateWhatsappMessage(deps.db, row.id, { status: "failed", statusAt: deps.clock.now(), lastError });
          throw new PermanentJobError(lastError);
        }
        await updateWhatsappMessage(deps.db, row.id, { lastError });
        throw error;
      }
      // The first part's id: receipts and quoted replies of a split reply name it first.
      await updateWhatsappMessage(deps.db, row.id, {
        wamid: first!,
        status: "sent",
        statusAt: deps.clock.now(),
        lastError: null,
      });
    },
  };
}
