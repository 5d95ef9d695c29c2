import { diffFields, withSecrets, type AuditChanges } from "../../identity/audit.ts";
import type { WhatsappNumberRow } from "./whatsapp.store.ts";

const FIELDS = ["phoneNumberId", "number", "displayName", "defaultGroupId", "defaultOrganizationId", "active"] as const;
const SECRETS = ["accessToken", "appSecret", "verifyToken"] as const;

/** What an admin changed on a number, for the audit log: its fields, and each secret only as "[changed]". */
export function numberChanges(before: WhatsappNumberRow | null, after: WhatsappNumberRow | null): AuditChanges {
  const secrets = Object.fromEntries(SECRETS.map((s) => [s, (before?.[s] ?? null) !== (after?.[s] ?? null)]));
  return withSecrets(diffFields(before, after, FIELDS), secrets);
}

/** A number as it leaves the API: secrets never, only whether each is set. */
export function presentNumber(row: WhatsappNumberRow) {
  const { accessToken, appSecret, verifyToken, ...rest } = row;
  return {
    ...rest,
    accessTokenSet: accessToken !== "",
    appSecretSet: appSecret !== "",
    verifyTokenSet: verifyToken !== "",
  };
}
