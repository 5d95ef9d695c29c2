import { findActivePersonUnscoped } from "../../identity/directory.store.ts";
import type { Db } from "../../platform/db/database.ts";
import type { TicketRow } from "../ticket.tables.ts";
import { windowsOverlap, windowWarnings, type VisitSite, type VisitWarning } from "./visit.ts";
import { visitError } from "./visits.errors.ts";
import { lockTechnicianDiaryUnscoped, organizationAddressesUnscoped } from "./visit.store.ts";

/** Where and when a visit is asked for, as sent. */
export type VisitPlan = {
  technicianId: string;
  site: { addressId: string; floor?: string | null | undefined; room?: string | null | undefined };
  windowStart: Date;
  windowEnd: Date;
  /** Why it is booked despite a warning or an overlap. */
  reason?: string | null | undefined;
  allowOverlap?: boolean | undefined;
};

const DAY_MS = 24 * 3600_000;

/**
 * Checks a plan against the rules and the directory, every check naming its field: the technician is active
 * staff (422), the address is one of the ticket's organization's (422), the window is a real one (422), a window
 * in the past or outside the site's hours needs a reason (422 with the warnings), and the technician's other
 * live visits do not overlap it unless allowOverlap comes with a reason (409).
 */
export async function resolveVisitPlan(
  tx: Db,
  ticket: TicketRow,
  plan: VisitPlan,
  now: Date,
  exceptVisitId: string | null,
): Promise<{ site: VisitSite; warnings: VisitWarning[]; reason: string | null }> {
  const technician = await findActivePersonUnscoped(tx, plan.technicianId);
  if (!technician || technician.role === "requester") throw visitError("TECHNICIAN_NOT_AGENT", "body.technicianId");
  const address = (await organizationAddressesUnscoped(tx, ticket.organizationId)).find(
    (a) => a.id === plan.site.addressId,
  );
  if (!address) throw visitError("SITE_NOT_FOUND", "body.site.addressId");
  const span = plan.windowEnd.getTime() - plan.windowStart.getTime();
  if (span <= 0 || span > DAY_MS) throw visitError("WINDOW_INVALID", "body.windowEnd");
  const window = { start: plan.windowStart, end: plan.windowEnd };
  const reason = plan.reason?.trim() || null;
  const warnings = windowWarnings(window, address, now);
  if (warnings.length > 0 && !reason) throw visitError("WINDOW_NEEDS_REASON", warnings[0]!.field, { warnings });
  const others = await lockTechnicianDiaryUnscoped(tx, plan.technicianId, window, exceptVisitId);
  const clashing = others.filter((o) => windowsOverlap(window, { start: o.windowStart, end: o.windowEnd }));
  if (clashing.length > 0 && !(plan.allowOverlap === true && reason))
    throw visitError("VISIT_OVERLAP", "body.allowOverlap", { visitIds: clashing.map((c) => c.id) });
  const site: VisitSite = {
    addressId: address.id,
    label: [address.label, address.street, address.city].filter(Boolean).join(", "),
    timezone: address.timezone,
    floor: plan.site.floor?.trim() || null,
    room: plan.site.room?.trim() || null,
  };
  return { site, warnings, reason };
}
