// What one person's digest says for one period: status changes recorded in it
// (with their valid day and reason), decisive evidence linked in it, and the
// stale flags raised in it, for the expectations they follow directly or by
// theme. Deleted developments and their links stay out, whoever the reader.
import type { Db } from "../db-client";
import type { ExpectationStatus, DecisiveMark, ReviewKind, Stance } from "../generated/prisma/enums";
import type { FollowSet } from "../follows/list-follows";

export type DigestExpectation = {
  id: string;
  statement: string;
  statementKo: string | null;
  theme: string;
  /** Each line names its survey: a theme followed spans every survey loaded (issue 17). */
  survey: { title: string; titleKo: string | null };
};

export type DigestContent = {
  changes: {
    expectation: DigestExpectation;
    from: ExpectationStatus;
    to: ExpectationStatus;
    validFrom: Date;
    recordedAt: Date;
    reason: string;
    revised: boolean;
  }[];
  decisive: {
    expectation: DigestExpectation;
    decisive: DecisiveMark;
    stance: Stance;
    developmentId: string;
    title: string;
    occurredOn: Date;
    linkedAt: Date;
  }[];
  stale: { expectation: DigestExpectation; message: string; flaggedAt: Date }[];
  /** Overrides and decisive marks still waiting for a second analyst when the period ended. */
  pending: {
    expectation: DigestExpectation;
    kind: ReviewKind;
    status: ExpectationStatus | null;
    mark: DecisiveMark | null;
    requestedAt: Date;
    requestedBy: string;
  }[];
};

/** What makes a digest worth sending. Pending reviews ride along: a review waiting for a week would otherwise mail every day. */
export const digestSize = (c: DigestContent) => c.changes.length + c.decisive.length + c.stale.length;

export async function collectDigest(db: Db, o: { follows: FollowSet; start: Date; end: Date }): Promise<DigestContent> {
  const empty: DigestContent = { changes: [], decisive: [], stale: [], pending: [] };
  const ids = [...o.follows.expectations];
  const themes = [...o.follows.themes];
  if (ids.length === 0 && themes.length === 0) return empty;
  const followed = await db.expectation.findMany({
    where: { OR: [{ id: { in: ids } }, { theme: { in: themes } }] },
    orderBy: [{ theme: "asc" }, { position: "asc" }],
    select: { id: true, statement: true, statementKo: true, theme: true, survey: { select: { title: true, titleKo: true } } },
  });
  if (followed.length === 0) return empty;
  const byId = new Map(followed.map((e) => [e.id, e]));
  const expectationId = { in: [...byId.keys()] };
  const window = { gte: o.start, lt: o.end };
  const [changes, links, stale, pending] = await Promise.all([
    db.statusChange.findMany({
      where: { expectationId, recordedAt: window },
      orderBy: [{ recordedAt: "asc" }, { validFrom: "asc" }],
      take: 500,
      select: { expectationId: true, fromStatus: true, toStatus: true, validFrom: true, recordedAt: true, reason: true, supersededAt: true },
    }),
    db.evidenceLink.findMany({
      where: { expectationId, deletedAt: null, decisive: { not: "NONE" }, createdAt: window, development: { deletedAt: null } },
      orderBy: { createdAt: "asc" },
      take: 500,
      select: { expectationId: true, decisive: true, stance: true, createdAt: true, development: { select: { id: true, title: true, occurredOn: true } } },
    }),
    db.notification.findMany({
      where: { kind: "STALE", expectationId, createdAt: window },
      orderBy: { createdAt: "asc" },
      take: 500,
      select: { expectationId: true, message: true, createdAt: true },
    }),
    // Reviews still waiting for a second analyst at the end of the period (docs/decisions/0079).
    db.review.findMany({
      where: { expectationId, state: "PENDING", requestedAt: { lt: o.end } },
      orderBy: { requestedAt: "asc" },
      take: 500,
      select: { expectationId: true, kind: true, requestedStatus: true, requestedMark: true, requestedAt: true, requestedBy: { select: { name: true } } },
    }),
  ]);
  return {
    changes: changes.map((c) => ({
      expectation: byId.get(c.expectationId)!,
      from: c.fromStatus,
      to: c.toStatus,
      validFrom: c.validFrom,
      recordedAt: c.recordedAt,
      reason: c.reason,
      revised: c.supersededAt !== null,
    })),
    decisive: links.map((l) => ({
      expectation: byId.get(l.expectationId)!,
      decisive: l.decisive,
      stance: l.stance,
      developmentId: l.development.id,
      title: l.development.title,
      occurredOn: l.development.occurredOn,
      linkedAt: l.createdAt,
    })),
    pending: pending.map((r) => ({
      expectation: byId.get(r.expectationId)!,
      kind: r.kind,
      status: r.requestedStatus,
      mark: r.requestedMark,
      requestedAt: r.requestedAt,
      requestedBy: r.requestedBy.name,
    })),
    stale: stale.flatMap((s) =>
      s.expectationId && byId.has(s.expectationId) ? [{ expectation: byId.get(s.expectationId)!, message: s.message, flaggedAt: s.createdAt }] : [],
    ),
  };
}
