// What an expectation's page shows about its judgement today: the status with
// its reason and what it waits for, the net score, the evidence the current
// status rests on, the override in force, and the whole history — each row
// with the day it took effect and when it was recorded, superseded rows kept
// beside the revision that replaced them.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { AppError } from "../errors";
import { judgedAsOf, stateOf } from "./judged-as-of";
import { bestGrade, dayOf, formatGrade, linkWeight, round2, type Stance } from "./rule";

export async function getJudgementView(db: Db, actor: Actor | null, id: string, now: Date) {
  requireAbility(actor, "read");
  const exists = await db.expectation.count({ where: { id } });
  if (!exists) throw new AppError("NOT_FOUND", "errors.expectationNotFound");
  const [judged, rows, revisions] = await Promise.all([
    judgedAsOf(db, actor, { day: dayOf(now), knownThen: false }),
    db.statusChange.findMany({
      where: { expectationId: id },
      orderBy: [{ validFrom: "desc" }, { recordedAt: "desc" }],
      select: {
        id: true,
        fromStatus: true,
        toStatus: true,
        validFrom: true,
        recordedAt: true,
        supersededAt: true,
        revisionId: true,
        actorType: true,
        mode: true,
        jobName: true,
        ruleVersion: true,
        expectationVersion: true,
        reason: true,
        evidenceIds: true,
        netScore: true,
        tippedById: true,
        user: { select: { name: true } },
      },
    }),
    db.judgementRevision.findMany({
      where: { expectationId: id },
      orderBy: { recordedAt: "desc" },
      select: { id: true, recordedAt: true, cause: true, fromRuleVersion: true, toRuleVersion: true, superseded: true, added: true, expectationVersion: true },
    }),
  ]);
  const current = rows.filter((r) => r.supersededAt === null);
  const latestRule = current.find((r) => r.mode === "RULE");
  const latestHand = current.find((r) => r.mode === "OVERRIDE" || r.mode === "RELEASE");
  const tipped = await db.development.findMany({
    where: { id: { in: rows.flatMap((r) => (r.tippedById ? [r.tippedById] : [])) } },
    select: { id: true, title: true },
  });
  const titles = new Map(tipped.map((d) => [d.id, d.title]));
  const ids = latestRule ? (JSON.parse(latestRule.evidenceIds) as string[]) : [];
  const links = await db.evidenceLink.findMany({
    where: { id: { in: ids }, deletedAt: null, development: { deletedAt: null } },
    select: {
      id: true,
      stance: true,
      decisive: true,
      development: {
        select: {
          id: true,
          title: true,
          occurredOn: true,
          datePrecision: true,
          sources: { where: { deletedAt: null }, select: { reliability: true, credibility: true } },
        },
      },
    },
  });
  const weighed = links.map((l) => {
    const grade = bestGrade(l.development.sources);
    const weight = linkWeight({ stance: l.stance, decisive: l.decisive, grade });
    return { ...l, grade: grade ? formatGrade(grade) : null, weight: round2(weight) };
  });
  const entry = (r: (typeof rows)[number]) => ({
    ...r,
    by: r.user?.name ?? null,
    tippedBy: r.tippedById ? { id: r.tippedById, title: titles.get(r.tippedById) ?? null } : null,
  });
  return {
    state: stateOf(judged, id),
    override: latestHand?.mode === "OVERRIDE" ? { at: latestHand.recordedAt } : null,
    decisive: weighed.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)),
    history: current.map(entry),
    superseded: rows.filter((r) => r.supersededAt !== null).map(entry),
    revisions,
  };
}
