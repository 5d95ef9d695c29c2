import { z } from "zod";
import type { Actor } from "../../identity/actor.ts";
import { canReview } from "./review.policy.ts";
import type { ReviewBreach } from "./review-breaches.ts";
import type { ActionRow, ReviewRow } from "./review.store.ts";

export const ACTION_STATUSES = ["open", "in_progress", "done", "dropped"] as const;

export const ReviewActionDto = z.object({
  id: z.uuid(),
  title: z.string(),
  owner: z.object({ id: z.uuid(), name: z.string() }),
  dueOn: z.string().describe("YYYY-MM-DD"),
  status: z.enum(ACTION_STATUSES),
  /** Agreed in an earlier review and still open when this one opened. */
  carried: z.boolean(),
  updatedAt: z.string(),
});

export const ReviewSummaryDto = z.object({
  id: z.uuid(),
  organization: z.object({ id: z.uuid(), name: z.string() }),
  period: z.object({ from: z.string(), to: z.string().describe("Excluded") }),
  status: z.enum(["open", "signed_off"]),
  openedAt: z.string(),
  signedOffAt: z.string().nullable(),
});

export const ReviewDto = ReviewSummaryDto.extend({
  signOffComment: z.string().nullable(),
  breaches: z.array(
    z.object({
      ticketId: z.uuid(),
      number: z.number().int(),
      subject: z.string(),
      priority: z.string(),
      clocks: z.array(z.enum(["first_response", "resolution"])),
      cause: z.string().nullable(),
    }),
  ),
  actions: z.array(ReviewActionDto),
  abilities: z.object({ run: z.boolean(), signOff: z.boolean() }),
});
export type ReviewDto = z.infer<typeof ReviewDto>;

type Named = { review: ReviewRow; organization: string };

export function presentReviewSummary({ review, organization }: Named): z.infer<typeof ReviewSummaryDto> {
  return {
    id: review.id,
    organization: { id: review.organizationId, name: organization },
    period: { from: review.periodFrom, to: review.periodTo },
    status: review.status,
    openedAt: review.openedAt.toISOString(),
    signedOffAt: review.signedOffAt?.toISOString() ?? null,
  };
}

/** A review with its breaches and their causes, its actions, and what the caller may do with it now. */
export function presentReview(
  named: Named,
  parts: {
    breaches: readonly ReviewBreach[];
    causes: ReadonlyMap<string, string>;
    actions: ReadonlyArray<{ action: ActionRow; ownerName: string }>;
  },
  actor: Actor,
): ReviewDto {
  const { review } = named;
  const open = review.status === "open";
  return {
    ...presentReviewSummary(named),
    signOffComment: review.signOffComment,
    breaches: parts.breaches.map((b) => ({ ...b, cause: parts.causes.get(b.ticketId) ?? null })),
    actions: parts.actions.map(({ action, ownerName }) => ({
      id: action.id,
      title: action.title,
      owner: { id: action.ownerId, name: ownerName },
      dueOn: action.dueOn,
      status: action.status,
      carried: action.reviewId !== review.id,
      updatedAt: action.updatedAt.toISOString(),
    })),
    abilities: {
      run: open && canReview(actor, "review.run", review.organizationId),
      signOff: open && canReview(actor, "review.sign_off", review.organizationId),
    },
  };
}
