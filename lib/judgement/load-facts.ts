// Reads what the rule needs, for every expectation: its settings, its live
// evidence (links and developments not deleted) with source grades, and the
// analyst's override in force, if any.
import type { Db } from "../db-client";
import type { Override, Status } from "./evaluate";
import type { ExpectationFacts } from "./judge-all";

export type CurrentState = { id: string; status: Status; statusChangedAt: Date | null };

/** The override in force: the latest OVERRIDE, unless a RELEASE came after it. */
type SettingsRow = {
  id: string;
  kind: ExpectationFacts["kind"];
  deadline: Date | null;
  confirmThreshold: number;
  contradictThreshold: number;
  conditionId: string | null;
  questionGroup: string | null;
  statusChanges: { mode: string; toStatus: string; changedAt: Date }[];
};

/** An expectation's settings and override, with the evidence however it was gathered. */
export function factsOf(r: SettingsRow, evidence: ExpectationFacts["evidence"]): ExpectationFacts {
  const { id, kind, deadline, confirmThreshold, contradictThreshold, conditionId, questionGroup } = r;
  return { id, kind, deadline, confirmThreshold, contradictThreshold, conditionId, questionGroup, override: overrideInForce(r.statusChanges), evidence };
}

export function overrideInForce(changes: { mode: string; toStatus: string; changedAt: Date }[]): Override | null {
  const latest = changes.find((c) => c.mode === "OVERRIDE" || c.mode === "RELEASE");
  return latest?.mode === "OVERRIDE" ? { status: latest.toStatus as Status, at: latest.changedAt } : null;
}

export async function loadFacts(db: Db): Promise<{ facts: ExpectationFacts[]; current: Map<string, CurrentState> }> {
  const rows = await db.expectation.findMany({
    orderBy: { id: "asc" },
    select: {
      id: true,
      kind: true,
      deadline: true,
      confirmThreshold: true,
      contradictThreshold: true,
      conditionId: true,
      questionGroup: true,
      status: true,
      statusChangedAt: true,
      statusChanges: {
        where: { mode: { in: ["OVERRIDE", "RELEASE"] } },
        orderBy: { changedAt: "desc" },
        take: 1,
        select: { mode: true, toStatus: true, changedAt: true },
      },
      evidenceLinks: {
        where: { deletedAt: null, development: { deletedAt: null } },
        select: {
          id: true,
          stance: true,
          updatedAt: true,
          development: {
            select: { id: true, occurredOn: true, sources: { where: { deletedAt: null }, select: { reliability: true, credibility: true } } },
          },
        },
      },
    },
  });
  const facts = rows.map((r) =>
    factsOf(r, r.evidenceLinks.map((l) => ({
      linkId: l.id,
      developmentId: l.development.id,
      occurredOn: l.development.occurredOn,
      linkedAt: l.updatedAt,
      stance: l.stance,
      sources: l.development.sources,
    }))),
  );
  const current = new Map(rows.map((r) => [r.id, { id: r.id, status: r.status as Status, statusChangedAt: r.statusChangedAt }]));
  return { facts, current };
}

/**
 * Expectations whose evidence, settings or developments changed after `since`,
 * with everything that depends on them (conditions, answers of the same question).
 */
export async function changedSince(db: Db, since: Date, facts: ExpectationFacts[]): Promise<Set<string>> {
  const rows = await db.expectation.findMany({
    where: {
      OR: [
        { updatedAt: { gt: since } },
        { evidenceLinks: { some: { updatedAt: { gt: since } } } },
        { evidenceLinks: { some: { development: { updatedAt: { gt: since } } } } },
        { statusChanges: { some: { changedAt: { gt: since }, actorType: "USER" } } },
      ],
    },
    select: { id: true },
  });
  const dirty = new Set(rows.map((r) => r.id));
  let grew = true;
  while (grew) {
    grew = false;
    for (const f of facts) {
      if (dirty.has(f.id)) continue;
      const dependsOnDirty = f.conditionId !== null && dirty.has(f.conditionId);
      const siblingDirty = f.questionGroup !== null && facts.some((o) => o.questionGroup === f.questionGroup && dirty.has(o.id));
      if (dependsOnDirty || siblingDirty) {
        dirty.add(f.id);
        grew = true;
      }
    }
  }
  return dirty;
}
