import type { Deps } from "../../context.ts";
import { listNumbersUnscoped } from "./whatsapp.store.ts";

/** A number the desk answers on, as the webhook and the worker use it: from the admin's table or the environment. */
export type WhatsappNumber = {
  /** The table row's id; null for the number configured from the environment. */
  id: string | null;
  phoneNumberId: string;
  number: string;
  displayName: string;
  defaultGroupId: string | null;
  defaultOrganizationId: string | null;
  accessToken: string;
  appSecret: string;
  verifyToken: string;
};

/**
 * The number configured by WHATSAPP_* settings, so a fresh `npm start` takes signed webhooks without admin set-up.
 * It needs the app secret and the phone number id; an admin's row for the same phone number id wins over it.
 */
export function environmentNumber(config: Deps["config"]): WhatsappNumber | null {
  if (!config.WHATSAPP_APP_SECRET || !config.WHATSAPP_PHONE_NUMBER_ID) return null;
  return {
    id: null,
    phoneNumberId: config.WHATSAPP_PHONE_NUMBER_ID,
    number: "",
    displayName: "WhatsApp",
    defaultGroupId: null,
    defaultOrganizationId: null,
    accessToken: config.WHATSAPP_ACCESS_TOKEN ?? "",
    appSecret: config.WHATSAPP_APP_SECRET,
    verifyToken: config.WHATSAPP_VERIFY_TOKEN ?? "",
  };
}

// Read for every webhook and changed only by admins: served from the per-process reference cache, which an admin
// write drops in every process at once (the onSend hook's referenceChanged NOTIFY).
export async function activeWhatsappNumbers(deps: Pick<Deps, "cache" | "db" | "config">): Promise<WhatsappNumber[]> {
  const rows = await deps.cache.get("whatsapp:numbers", () => listNumbersUnscoped(deps.db));
  const numbers: WhatsappNumber[] = rows.filter((r) => r.active);
  const env = environmentNumber(deps.config);
  if (env && !rows.some((r) => r.phoneNumberId === env.phoneNumberId)) numbers.push(env);
  return numbers;
}

/** The number an event came to, by Meta's phone_number_id. */
export async function whatsappNumberFor(
  deps: Pick<Deps, "cache" | "db" | "config">,
  phoneNumberId: string,
): Promise<WhatsappNumber | undefined> {
  return (await activeWhatsappNumbers(deps)).find((n) => n.phoneNumberId === phoneNumberId);
}
