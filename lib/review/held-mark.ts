// Whether a link's decisive mark is held back by review: it waits for a
// second analyst, was returned, or was approved for another mark than the
// one the link now carries. A held mark weighs by the link's stance only.
// One definition for the rule's loader and for the pages that show the mark.

export type MarkReview = { linkId: string | null; state: string; requestedMark: string | null };

/** Why a mark does not count: the latest review's state, or null when it counts (or there is none). */
export function heldBy(mark: string, latest: MarkReview | undefined): "PENDING" | "RETURNED" | "OTHER_MARK" | null {
  if (!latest || mark === "NONE") return null;
  if (latest.state === "PENDING") return "PENDING";
  if (latest.state !== "APPROVED") return "RETURNED";
  return latest.requestedMark === mark ? null : "OTHER_MARK";
}

/** Each link's latest review, from reviews listed oldest first. */
export function latestReviewByLink<R extends MarkReview>(reviews: R[]): Map<string | null, R> {
  return new Map(reviews.map((r) => [r.linkId, r]));
}
