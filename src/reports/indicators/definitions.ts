import { FCR_EXCLUDED_TAGS } from "./first-contact-resolution.ts";

/** One sentence per indicator, shown beside its figure (the rules the functions in this folder implement). */
export const DEFINITIONS = {
  period:
    "Figures cover events from `from` (included) to `to` (excluded), each ticket as it stood when the period ended.",
  tickets:
    "Created: tickets opened in the period; resolved: tickets resolved or closed in the period and still so at its end; " +
    "backlog: tickets open at the period's end (by age); reopened: resolutions undone in the period.",
  response:
    "Time from opening to the first response (the first public agent reply, an agent opening the ticket during a call or visit, " +
    "or resolution without a reply), in business minutes on the ticket's SLA calendar and in wall minutes; " +
    "only tickets whose response clock stopped in the period count; mean, median and 90th percentile (nearest rank).",
  resolution:
    "Time from opening to the last resolution, in business minutes on the ticket's SLA calendar (closed hours and time waiting " +
    "on the customer left out) and in wall minutes; only tickets whose resolution clock stopped in the period count.",
  sla:
    "The share of response and of resolution clocks stopped in the period that did not breach the target of the ticket's pinned " +
    "SLA policy version for its last priority (a clock stopped exactly at its target meets it), per priority, with the breached tickets.",
  first_contact_resolution:
    "Of the tickets resolved in the period, the share resolved by the first agent who handled them with at most one agent " +
    "interaction with the requester (a call resolved on the call, or one public reply), never reopened and never escalated; " +
    `tickets tagged ${FCR_EXCLUDED_TAGS.join(", ")} or linked to a parent ticket are left out (docs/decisions/0006).`,
  escalations:
    "Escalations recorded in the period by kind (functional: to another group or tier; hierarchical: people up the chain told; " +
    "priority: raised; manual: by a person) and by automatic SLA level, each with who, when, why, from and to; " +
    "warnings and breaches are counted as alerts; time per tier: business minutes each tier's groups held the tickets " +
    "resolved in the period while they were worked, against the groups' internal targets.",
  satisfaction:
    "Ratings (1–5) requesters gave resolved tickets in the period: responses, mean, distribution, the share of the period's " +
    "resolved tickets they amount to, and the comments; and the post-resolution survey's response rate: surveys offered in " +
    "the period and the share of them answered (by the mailed link or the portal rating) before it ended; apart from these, " +
    "regular surveys' satisfaction question (1–5): invitations sent in the period, scores given in it, their mean and " +
    "distribution, and the share of the period's invitations answered before it ended (organization filter only).",
  work_time:
    "Time spent on tickets by kind of work, counted in the period each stretch finished in: remote sessions from start to " +
    "end, visits on site from check-in to check-out, travel from travel start to arrival (or the visit's cancellation on " +
    "the way); per kind the tickets, the sessions, visits or trips, total minutes and the means per stretch and per ticket; " +
    "and the tickets with a visit (travel or time on site) and with a remote session finished in the period.",
  linked_tickets:
    "Tickets linked to a parent ticket follow the parent's clocks: they count in volume and the resolved table only.",
} as const;
