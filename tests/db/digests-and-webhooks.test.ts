// News of what changed, delivered (issue 15), against a real SMTP server and a
// real webhook receiver on loopback: a status change produces one digest
// email per follower per period, in the follower's language, however many
// scheduler processes race for it; and one signed webhook delivery per
// endpoint, retried after a failure and recorded in the delivery log.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JobDefinition } from "../../jobs/job-definition";
import { startScheduler } from "../../jobs/scheduler";
import { seedBaseline } from "../../lib/baseline/seed-baseline";
import { createDb, type Db } from "../../lib/db-client";
import { logDevelopment } from "../../lib/developments/log-development";
import { sendDigests } from "../../lib/digests/send-digests";
import { setFollow } from "../../lib/follows/set-follow";
import { setNotificationPreference } from "../../lib/follows/notification-preference";
import { overrideStatus } from "../../lib/judgement/override-status";
import { returnReview } from "../../lib/review/decide-review";
import { setReviewPolicy } from "../../lib/review/set-review-policy";
import { runEvaluation } from "../../lib/judgement/run-evaluation";
import { smtpMailer } from "../../lib/mail/smtp-mailer";
import { deliverWebhooks } from "../../lib/webhooks/deliver-webhooks";
import { enqueueWebhookDeliveries } from "../../lib/webhooks/enqueue-deliveries";
import { addWebhookEndpoint, listWebhooks } from "../../lib/webhooks/manage-endpoints";
import { ifes2025Baseline } from "../../prisma/baseline/ifes-2025";
import { createTestActors, type TestActors } from "../support/actors";
import { startSmtpServer, startWebhookReceiver } from "../support/mail-and-hooks";
import { DATABASE_KINDS, type TestDatabase } from "../support/test-databases";

const SET_UP = new Date("2026-11-28T08:00:00Z");
const LOGGED = new Date("2026-11-28T09:00:00Z");
const EVALUATED = new Date("2026-11-28T10:00:00Z");
// 00:10 on Sunday 29 November: the daily digest of Saturday 28 November is due.
const DAILY_RUN = new Date("2026-11-29T00:10:00Z");
// 00:10 on Monday 30 November: the weekly digest of 23–29 November is due.
const WEEKLY_RUN = new Date("2026-11-30T00:10:00Z");

describe.each(DATABASE_KINDS)("follows, digests and webhooks on $kind", ({ create }) => {
  let t: TestDatabase;
  let other: Db; // a second client: a second scheduler process
  let actors: TestActors;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let secret = "";
  let talksId = "";
  const mailer = () => smtpMailer({ host: "127.0.0.1", port: smtp.port, secure: false, user: "", password: "", from: "Tracker <tracker@example.test>" })!;
  const digestRun = (db: Db, instance: string, now: Date) =>
    sendDigests(db, { now, instance, send: mailer().send, appUrl: "http://tracker.example.test", messageDomain: "tracker.example.test" });

  beforeAll(async () => {
    t = await create();
    other = createDb(t.url);
    await seedBaseline(t.db, ifes2025Baseline);
    actors = await createTestActors(t.db);
    talksId = (await t.db.expectation.findFirstOrThrow({ where: { key: "talks-resume" } })).id;
    smtp = await startSmtpServer();
    receiver = await startWebhookReceiver(() => secret);
  });
  afterAll(async () => {
    await other?.$disconnect();
    await smtp?.close();
    await receiver?.close();
    await t?.drop();
  });

  it("follows, in two languages; a status change; two digest runs racing send one email per follower", async () => {
    const { viewer, analyst, admin } = actors;
    await t.db.user.update({ where: { id: viewer.userId }, data: { locale: "ko" } });
    // The viewer follows the whole theme, the analyst the one expectation, the admin too but in the app only.
    await setFollow(t.db, viewer, { kind: "THEME", key: "us-dprk-talks", following: "1" }, SET_UP);
    await setFollow(t.db, analyst, { kind: "EXPECTATION", key: talksId, following: "1" }, SET_UP);
    await setFollow(t.db, analyst, { kind: "EXPECTATION", key: talksId, following: "1" }, SET_UP); // twice: still one row
    await setFollow(t.db, admin, { kind: "EXPECTATION", key: talksId, following: "1" }, SET_UP);
    await setFollow(t.db, admin, { kind: "THEME", key: "inter-korean", following: "1" }, SET_UP);
    await setFollow(t.db, admin, { kind: "THEME", key: "inter-korean", following: "0" }, SET_UP);
    await expect(setFollow(t.db, viewer, { kind: "THEME", key: "no-such-theme", following: "1" }, SET_UP)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setFollow(t.db, null, { kind: "THEME", key: "us-dprk-talks", following: "1" }, SET_UP)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await t.db.follow.count()).toBe(3);
    await setNotificationPreference(t.db, viewer, { digestFrequency: "DAILY", inApp: "1" }, SET_UP);
    await setNotificationPreference(t.db, analyst, { digestFrequency: "DAILY", inApp: "0" }, SET_UP);
    await setNotificationPreference(t.db, admin, { digestFrequency: "NONE", inApp: "1" }, SET_UP);
    expect(await t.db.auditLog.count({ where: { action: { in: ["follow.create", "follow.delete", "notificationPreference.update"] } } })).toBe(8);

    // Webhooks: admins only, and a loopback address only when the operator allows it.
    await expect(addWebhookEndpoint(t.db, analyst, { url: receiver.url }, SET_UP, { allowPrivateHosts: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(addWebhookEndpoint(t.db, admin, { url: receiver.url }, SET_UP, { allowPrivateHosts: false })).rejects.toMatchObject({ code: "VALIDATION" });
    const endpoint = await addWebhookEndpoint(t.db, admin, { url: receiver.url, description: "test receiver" }, SET_UP, { allowPrivateHosts: true });
    secret = endpoint.secret;
    expect(secret).toMatch(/^whsec_/);
    expect(JSON.stringify(await t.db.auditLog.findMany({ where: { action: "webhook.create" } }))).not.toContain(secret);

    // The status change: a decisive report, graded A1, that talks resumed.
    await logDevelopment(
      t.db,
      analyst,
      {
        occurredOn: "2026-11-27",
        datePrecision: "DAY",
        title: "Trump and Kim meet at Panmunjom",
        summary: "",
        eventType: "TALKS_MEETINGS",
        sources: [{ url: "https://example.org/summit", publisher: "Yonhap", reliability: "A", credibility: 1 }],
        links: [
          {
            expectationId: talksId,
            stance: "STRONGLY_SUPPORTS",
            rationale: "A leaders' meeting took place, which meets the confirming criterion as written.",
            decisive: "MEETS_CONFIRMING",
          },
        ],
      },
      LOGGED,
    );
    await runEvaluation(t.db, { now: EVALUATED, live: true, jobName: "evaluate" });
    const change = await t.db.statusChange.findFirstOrThrow({ where: { expectationId: talksId } });
    expect(change).toMatchObject({ toStatus: "CONFIRMED", recordedAt: EVALUATED });

    // An analyst's override waiting for a second analyst (policy on): listed, not in effect.
    const { surveyId } = await t.db.expectation.findUniqueOrThrow({ where: { id: talksId }, select: { surveyId: true } });
    await setReviewPolicy(t.db, admin, { surveyId, reviewPolicy: "OVERRIDES" });
    expect(await overrideStatus(t.db, analyst, talksId, { status: "VOID", reason: "The meeting was cancelled after all." }, EVALUATED)).toEqual({
      pending: true,
    });

    // Two scheduler processes run the digest at the same slot, on two database clients.
    const [one, two] = await Promise.all([digestRun(t.db, "scheduler-one", DAILY_RUN), digestRun(other, "scheduler-two", DAILY_RUN)]);
    expect(one.sent + two.sent).toBe(2);
    expect(one.skipped + two.skipped).toBe(2);
    expect(smtp.mails).toHaveLength(2);

    const ko = smtp.mails.find((m) => m.to.includes(viewer.email))!;
    expect(ko.subject).toContain("팔로우한 항목의 변화");
    expect(ko.subject).toContain("2026년 11월 28일");
    expect(ko.text).toContain("북미 협상이 양 정상의 주도 아래 하향식으로 실제 재개된다.");
    expect(ko.text).toContain("미결 → 확인됨: 북미 협상이");
    expect(ko.text).toContain("2026년 11월 27일 발효");
    expect(ko.text).toContain("실현됨: 확인 기준을 충족하는 동향");
    expect(ko.text).toContain("새 결정적 증거");
    expect(ko.text).toContain("두 번째 분석가의 검토를 기다리는 항목");
    expect(ko.text).toContain("님이 상태를 무효(으)로 바꾸자고 요청했습니다.");
    // Each line names the survey it comes from, in the reader's language.
    expect(ko.text).toContain("(트럼프 2기 행정부 시기 한반도 정세 전망: 전문가 설문조사)");
    expect(ko.text).toContain(`http://tracker.example.test/expectations/${talksId}`);

    const en = smtp.mails.find((m) => m.to.includes(analyst.email))!;
    expect(en.subject).toBe("What changed on 28 Nov 2026 in what you follow");
    expect(en.text).toContain("Negotiations between the United States and North Korea actually restart");
    expect(en.text).toContain("Pending → Confirmed: Negotiations between");
    expect(en.text).toContain("Took effect 27 Nov 2026. It happened: a development meets its confirming criterion");
    expect(en.text).toContain("Meets the confirming criterion: “Trump and Kim meet at Panmunjom” (27 Nov 2026), bearing on: Negotiations");
    expect(en.html).toContain("Status changes");
    expect(en.text).toContain("Waiting for a second analyst's review");
    expect(en.text).toMatch(/asks to set the status to Void\. \(28 Nov 2026\) On: Negotiations between/);
    // Back as it was for the tests below: the review returned, the policy off.
    const waiting = await t.db.review.findFirstOrThrow({ where: { expectationId: talksId, state: "PENDING" } });
    await returnReview(t.db, admin, waiting.id, { comment: "Not cancelled: the readout confirms the meeting." }, EVALUATED);
    await setReviewPolicy(t.db, admin, { surveyId, reviewPolicy: "OFF" });
    expect(en.text).toContain("(Prospects for the Korean Peninsula under Trump's second term: expert survey)");
    expect(smtp.mails.some((m) => m.to.includes(admin.email))).toBe(false); // in the app only

    // A retry of the run, or a third process, later in the day: nothing more.
    const again = await digestRun(other, "scheduler-three", new Date(DAILY_RUN.getTime() + 3600_000));
    expect(again).toEqual({ sent: 0, empty: 0, failed: 0, skipped: 2 });
    expect(smtp.mails).toHaveLength(2);
    const rows = await t.db.digestDelivery.findMany({ orderBy: { userId: "asc" } });
    expect(rows.map((r) => [r.period, r.state, r.attempts, r.items])).toEqual([
      ["DAILY:2026-11-28", "SENT", 1, 2],
      ["DAILY:2026-11-28", "SENT", 1, 2],
    ]);
    expect(new Set(rows.map((r) => `<${r.messageId?.replace(/[<>]/g, "")}>`))).toEqual(new Set(smtp.mails.map((m) => `<${m.messageId.replace(/[<>]/g, "")}>`)));
  });

  it("a weekly digest whose send failed is sent by a later run, once; a quiet day sends nothing", async () => {
    await setNotificationPreference(t.db, actors.admin, { digestFrequency: "WEEKLY", inApp: "1" }, SET_UP);
    smtp.rejectNext.count = 1;
    const failed = await digestRun(t.db, "scheduler-one", WEEKLY_RUN);
    // The daily followers' Sunday was quiet: recorded EMPTY, no mail. The admin's weekly one failed.
    expect(failed).toEqual({ sent: 0, empty: 2, failed: 1, skipped: 0 });
    const row = await t.db.digestDelivery.findFirstOrThrow({ where: { userId: actors.admin.userId } });
    expect(row).toMatchObject({ period: "WEEKLY:2026-11-23", state: "CLAIMED", attempts: 1 });
    expect(row.error).toContain("mailbox busy");

    // The same slot again (a second process): the claim has not lapsed yet.
    expect((await digestRun(other, "scheduler-two", WEEKLY_RUN)).sent).toBe(0);
    // The next hour's run takes it over and sends it; two racing runs still send once.
    const later = new Date(WEEKLY_RUN.getTime() + 3600_000);
    const [a, b] = await Promise.all([digestRun(t.db, "scheduler-one", later), digestRun(other, "scheduler-two", later)]);
    expect(a.sent + b.sent).toBe(1);
    const toAdmin = smtp.mails.filter((m) => m.to.includes(actors.admin.email));
    expect(toAdmin).toHaveLength(1);
    expect(toAdmin[0]!.subject).toBe("What changed in the week 23 Nov 2026 – 29 Nov 2026 in what you follow");
    expect(await t.db.digestDelivery.findFirstOrThrow({ where: { userId: actors.admin.userId } })).toMatchObject({ state: "SENT", attempts: 2 });
    expect(smtp.mails).toHaveLength(3);
  });

  it("a status change makes one signed webhook delivery per endpoint, retried after a failure and recorded", async () => {
    const changes = await t.db.statusChange.findMany({ select: { id: true } });
    // Two processes scan at once: one delivery per status change, not two.
    await Promise.all([enqueueWebhookDeliveries(t.db, { now: EVALUATED }), enqueueWebhookDeliveries(other, { now: EVALUATED })]);
    await enqueueWebhookDeliveries(t.db, { now: new Date(EVALUATED.getTime() + 60_000) });
    const deliveries = await t.db.webhookDelivery.findMany();
    expect(deliveries).toHaveLength(changes.length);
    const talks = deliveries.find((d) => JSON.parse(d.payload).data.expectation.key === "talks-resume")!;
    expect(JSON.parse(talks.payload)).toMatchObject({
      type: "expectation.status_changed",
      data: { from: "PENDING", to: "CONFIRMED", validFrom: "2026-11-27", reasonText: expect.stringContaining("It happened") },
    });

    // The receiver fails the first request it gets.
    receiver.answers.push(500);
    const first = new Date(EVALUATED.getTime() + 60_000);
    const [x, y] = await Promise.all([deliverWebhooks(t.db, { now: first }), deliverWebhooks(other, { now: first })]);
    expect(x.delivered + y.delivered).toBe(changes.length - 1);
    expect(x.retrying + y.retrying).toBe(1);
    const failedId = receiver.hooks.find((h) => h.answered === 500)!.id;
    expect(await t.db.webhookDelivery.findUniqueOrThrow({ where: { id: failedId } })).toMatchObject({
      state: "PENDING",
      attempts: 1,
      lastStatus: 500,
      lastError: "HTTP 500",
    });

    // Before the back-off has passed: nothing is sent.
    expect(await deliverWebhooks(t.db, { now: new Date(first.getTime() + 30_000) })).toEqual({ delivered: 0, retrying: 0, failed: 0 });
    // After it: the retry, with the same webhook-id.
    expect(await deliverWebhooks(t.db, { now: new Date(first.getTime() + 61_000) })).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    expect(receiver.hooks).toHaveLength(changes.length + 1);
    expect(receiver.hooks.every((h) => h.verified)).toBe(true);
    expect(receiver.hooks.filter((h) => h.id === failedId).map((h) => h.answered)).toEqual([500, 200]);
    expect(new Set(receiver.hooks.map((h) => h.id)).size).toBe(changes.length);
    expect(receiver.hooks.map((h) => h.signature).every((s) => s.startsWith("v1,"))).toBe(true);

    const log = await listWebhooks(t.db, actors.admin);
    expect(log.deliveries.find((d) => d.id === failedId)).toMatchObject({ state: "DELIVERED", attempts: 2, lastStatus: 200 });
    expect(log.deliveries.every((d) => d.state === "DELIVERED")).toBe(true);
    expect(JSON.stringify(log)).not.toContain(secret);
    await expect(listWebhooks(t.db, actors.analyst)).rejects.toMatchObject({ code: "FORBIDDEN" });

    // A wrong secret fails the receiver's check.
    const sample = receiver.hooks[0]!;
    const { verifyWebhook } = await import("../../lib/webhooks/signature");
    expect(verifyWebhook("whsec_" + Buffer.from("another key").toString("base64"), sample, sample.body)).toBe(false);
  });
  it("two scheduler instances running the digest job slot after slot send each digest once", async () => {
    // An analyst's override on Monday 30 November: news for Tuesday's daily digests.
    await overrideStatus(
      t.db,
      actors.analyst,
      talksId,
      { status: "LEANING_CONFIRMED", reason: "Talks stalled after the first meeting." },
      new Date("2026-11-30T12:00:00Z"),
    );
    const before = smtp.mails.length;
    // The job as scheduled, but judging "now" as 00:10 on Tuesday 1 December, whatever the wall clock.
    const job = (instance: string): JobDefinition => ({
      name: "send-digests",
      description: "test: the digest job with a fixed clock",
      cron: "* * * * * *",
      run: ({ db, runId }) =>
        sendDigests(db, {
          now: new Date("2026-12-01T00:10:00Z"),
          instance: `${instance}:${runId}`,
          send: mailer().send,
          appUrl: "http://tracker.example.test",
        }),
    });
    const a = startScheduler({ databaseUrl: t.url, instance: "a", jobs: [job("a")], quiet: true });
    const b = startScheduler({ databaseUrl: t.url, instance: "b", jobs: [job("b")], quiet: true });
    await new Promise((resolve) => setTimeout(resolve, 4000));
    await Promise.all([a.stop(), b.stop()]);
    const runs = await t.db.jobRun.count({ where: { job: "send-digests", outcome: "SUCCEEDED" } });
    expect(runs).toBeGreaterThanOrEqual(1); // usually several slots, in one process or the other
    const fresh = smtp.mails.slice(before);
    expect(fresh.map((m) => m.to).sort()).toEqual([actors.analyst.email, actors.viewer.email].sort());
    expect(fresh.find((m) => m.to.includes(actors.viewer.email))!.text).toContain("Talks stalled after the first meeting.");
    expect(await t.db.digestDelivery.count({ where: { period: "DAILY:2026-11-30", state: "SENT" } })).toBe(2);
  });
});
