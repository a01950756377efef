// A second analyst's review (docs/decisions/0079): overrides and decisive marks
// wait for it where the survey asks, the requester cannot approve their own,
// a returned act never takes effect, and policy OFF behaves as before.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { seedBaseline } from "../../lib/baseline/seed-baseline";
import { logDevelopment } from "../../lib/developments/log-development";
import { listExpectationEvidence } from "../../lib/expectations/list-evidence";
import { overrideStatus } from "../../lib/judgement/override-status";
import { runEvaluation } from "../../lib/judgement/run-evaluation";
import { approveReview, returnReview } from "../../lib/review/decide-review";
import { listPendingReviews } from "../../lib/review/list-pending-reviews";
import { setReviewPolicy } from "../../lib/review/set-review-policy";
import { createUser } from "../../lib/users/create-user";
import { ifes2025Baseline } from "../../prisma/baseline/ifes-2025";
import { createTestActors, type TestActors } from "../support/actors";
import { DATABASE_KINDS, type TestDatabase } from "../support/test-databases";

const at = (s: string) => new Date(s);

describe.each(DATABASE_KINDS)("reviews on $kind", ({ create }) => {
  let t: TestDatabase;
  let actors: TestActors;
  let second: Actor;
  let talks: { id: string; surveyId: string };
  const live = (now: Date) => runEvaluation(t.db, { now, live: true, jobName: "evaluate" });
  const status = async () => (await t.db.expectation.findUniqueOrThrow({ where: { id: talks.id } })).status;
  const policy = (reviewPolicy: string) => setReviewPolicy(t.db, actors.admin, { surveyId: talks.surveyId, reviewPolicy });
  const override = (now: Date) => overrideStatus(t.db, actors.analyst, talks.id, { status: "CONFIRMED", reason: "Summit announced by both sides." }, now);
  const decisive = (loggedAt: Date) =>
    logDevelopment(
      t.db,
      actors.analyst,
      {
        occurredOn: "2025-03-10",
        datePrecision: "DAY",
        title: "Both sides announce a summit",
        summary: "",
        eventType: "TALKS_MEETINGS",
        sources: [{ url: "https://example.org/x", publisher: "Yonhap", reliability: "A", credibility: 1 }],
        links: [{ expectationId: talks.id, stance: "SUPPORTS", rationale: "Meets the criterion as written.", decisive: "MEETS_CONFIRMING" }],
      },
      loggedAt,
    );

  beforeEach(async () => {
    t = await create();
    await seedBaseline(t.db, ifes2025Baseline);
    actors = await createTestActors(t.db);
    const { id } = await createUser(t.db, actors.admin, { name: "Sam Second", email: "second@example.test", password: "second-password-1", role: "analyst" });
    second = { userId: id, name: "Sam Second", email: "second@example.test", role: "analyst" };
    talks = await t.db.expectation.findFirstOrThrow({ where: { key: "talks-resume" }, select: { id: true, surveyId: true } });
  });
  afterAll(async () => t?.drop());

  it("policy OFF: an override takes effect at once, with no review", async () => {
    expect(await override(at("2026-11-29T10:00:00Z"))).toEqual({ pending: false });
    expect(await status()).toBe("CONFIRMED");
    expect(await t.db.review.count()).toBe(0);
  });

  it("an override waits for a second analyst; the requester cannot approve; approval applies it", async () => {
    await policy("OVERRIDES");
    expect(await override(at("2026-11-29T10:00:00Z"))).toEqual({ pending: true });
    await live(at("2026-11-29T10:01:00Z"));
    expect(await status()).toBe("PENDING");
    expect(await t.db.statusChange.count({ where: { expectationId: talks.id, mode: "OVERRIDE" } })).toBe(0);
    const [review] = await listPendingReviews(t.db, second);
    expect(review).toMatchObject({ kind: "OVERRIDE", requestedStatus: "CONFIRMED", reason: "Summit announced by both sides.", ownRequest: false });
    await expect(approveReview(t.db, actors.analyst, review!.id, {}, at("2026-11-29T10:02:00Z"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(approveReview(t.db, actors.viewer, review!.id, {}, at("2026-11-29T10:02:00Z"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listPendingReviews(t.db, actors.viewer)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await approveReview(t.db, second, review!.id, { comment: "Checked both statements." }, at("2026-11-29T10:03:00Z"));
    await live(at("2026-11-29T10:04:00Z"));
    expect(await status()).toBe("CONFIRMED");
    const row = await t.db.statusChange.findFirstOrThrow({ where: { expectationId: talks.id, mode: "OVERRIDE" } });
    expect(row).toMatchObject({ userId: actors.analyst.userId, validFrom: at("2026-11-29T10:03:00Z"), reason: "Summit announced by both sides." });
    expect(await t.db.review.findUniqueOrThrow({ where: { id: review!.id } })).toMatchObject({
      state: "APPROVED",
      reviewerId: second.userId,
      comment: "Checked both statements.",
    });
    // Decided once: a second decision is refused.
    await expect(returnReview(t.db, actors.admin, review!.id, { comment: "Too late" }, at("2026-11-29T10:05:00Z"))).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("a returned override never applies; returning needs a comment", async () => {
    await policy("OVERRIDES");
    await override(at("2026-11-29T10:00:00Z"));
    const [review] = await listPendingReviews(t.db, second);
    await expect(returnReview(t.db, second, review!.id, { comment: "  " }, at("2026-11-29T10:01:00Z"))).rejects.toMatchObject({ code: "VALIDATION" });
    await returnReview(t.db, second, review!.id, { comment: "The summit is only proposed." }, at("2026-11-29T10:01:00Z"));
    await live(at("2026-11-29T10:02:00Z"));
    expect(await status()).toBe("PENDING");
    expect(await t.db.statusChange.count({ where: { mode: "OVERRIDE" } })).toBe(0);
    expect(await listPendingReviews(t.db, second)).toEqual([]);
  });

  it("a decisive mark awaiting review counts as not decisive until approved", async () => {
    await policy("OVERRIDES_AND_DECISIVE");
    await decisive(at("2026-11-29T10:00:00Z"));
    await live(at("2026-11-29T10:01:00Z"));
    const before = await status();
    expect(before).not.toBe("CONFIRMED");
    const [review] = await listPendingReviews(t.db, second);
    expect(review).toMatchObject({ kind: "DECISIVE_LINK", requestedMark: "MEETS_CONFIRMING" });
    expect(review!.link?.development.title).toBe("Both sides announce a summit");
    // The expectation's page shows the mark as held, not as counting.
    const shown = async () => (await listExpectationEvidence(t.db, actors.viewer, talks.id)).links.map((l) => [l.decisive, l.held]);
    expect(await shown()).toEqual([["MEETS_CONFIRMING", "PENDING"]]);
    await approveReview(t.db, second, review!.id, {}, at("2026-11-29T10:02:00Z"));
    await live(at("2026-11-29T10:03:00Z"));
    expect(await status()).toBe("CONFIRMED");
    expect(await shown()).toEqual([["MEETS_CONFIRMING", null]]);
  });

  it("a returned decisive mark never counts, and its page says it was returned", async () => {
    await policy("OVERRIDES_AND_DECISIVE");
    await decisive(at("2026-11-29T10:00:00Z"));
    const [review] = await listPendingReviews(t.db, second);
    await returnReview(t.db, second, review!.id, { comment: "Only one side announced it." }, at("2026-11-29T10:01:00Z"));
    await live(at("2026-11-29T10:02:00Z"));
    expect(await status()).not.toBe("CONFIRMED");
    const { links } = await listExpectationEvidence(t.db, actors.viewer, talks.id);
    expect(links.map((l) => [l.decisive, l.held])).toEqual([["MEETS_CONFIRMING", "RETURNED"]]);
  });

  it("with decisive review off, the same decisive link resolves at once", async () => {
    await policy("OVERRIDES");
    await decisive(at("2026-11-29T10:00:00Z"));
    await live(at("2026-11-29T10:01:00Z"));
    expect(await status()).toBe("CONFIRMED");
    expect(await t.db.review.count()).toBe(0);
  });

  it("only an admin sets the policy", async () => {
    await expect(setReviewPolicy(t.db, actors.analyst, { surveyId: talks.surveyId, reviewPolicy: "OFF" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(policy("SOMETIMES")).rejects.toMatchObject({ code: "VALIDATION" });
  });
});
