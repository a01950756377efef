// What an expectation's page shows about its judgement: the net score now,
// the evidence the current status rests on with each piece's weight, the
// override in force, and the full history with who or what made each change.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { AppError } from "../errors";
import { netScoreOf } from "./evaluate";
import { loadFacts } from "./load-facts";
import { bestSourceFactor, round2, stanceValue } from "./weights";

export async function getJudgementView(db: Db, actor: Actor | null, id: string, now: Date) {
  requireAbility(actor, "read");
  const { facts } = await loadFacts(db);
  const fact = facts.find((f) => f.id === id);
  if (!fact) throw new AppError("NOT_FOUND", "errors.expectationNotFound");
  const history = await db.statusChange.findMany({
    where: { expectationId: id },
    orderBy: { changedAt: "desc" },
    select: { id: true, fromStatus: true, toStatus: true, changedAt: true, actorType: true, mode: true, jobName: true, ruleVersion: true, reason: true, evidenceIds: true, netScore: true, user: { select: { name: true } } },
  });
  const latestIds = new Set<string>(history[0] ? (JSON.parse(history[0].evidenceIds) as string[]) : []);
  const weights = fact.evidence.map((e) => ({ linkId: e.linkId, developmentId: e.developmentId, weight: round2(stanceValue(e.stance) * bestSourceFactor(e.sources)) }));
  const decisiveLinks = await db.evidenceLink.findMany({
    where: { id: { in: [...latestIds] } },
    select: { id: true, stance: true, development: { select: { id: true, title: true, occurredOn: true, datePrecision: true } } },
  });
  return {
    netScore: netScoreOf(fact.evidence, now).net,
    override: fact.override,
    decisive: decisiveLinks
      .map((l) => ({ ...l, weight: weights.find((w) => w.linkId === l.id)?.weight ?? 0 }))
      .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)),
    history: history.map((h) => ({ ...h, by: h.user?.name ?? null })),
  };
}
