// One expectation's evidence, walked forward a day at a time: the running net
// score and the moments at which it resolved by evidence. A resolution by
// evidence is an event (it happened, or the state was breached), so once
// reached it stays: later evidence adds context, it does not un-happen it.
import { gradeFactor, meetsMinimum, type Grade } from "./grades";
import { STANCE_VALUE, type Decisive, type Stance } from "./stances";
import { round2, type Day, type ExpectationFact, type LinkFact } from "./types";

export type Latch = { day: Day; by: "threshold" | "decisive"; developmentId: string };

export type Weighed = LinkFact & { weight: number; resolves: boolean };

/**
 * A link's weight: stance value times its best source's factor. A decisive
 * link weighs as strong evidence in its direction whatever stance was chosen;
 * it also resolves on its own when its grade meets the survey's minimum.
 */
export function linkWeight(l: { stance: Stance; decisive: Decisive; grade: Grade | null }): number {
  const factor = l.grade ? gradeFactor(l.grade) : 0;
  if (l.decisive === "NONE") return STANCE_VALUE[l.stance] * factor;
  return (l.decisive === "MEETS_CONFIRMING" ? 2 : -2) * factor;
}

// Every field named, not spread: a replay weighs every link of a batch, and
// objects of one fixed shape are several times faster to build and to read.
export function weigh(link: LinkFact, e: ExpectationFact): Weighed {
  return {
    linkId: link.linkId,
    developmentId: link.developmentId,
    expectationId: link.expectationId,
    day: link.day,
    recordedAt: link.recordedAt,
    removedAt: link.removedAt,
    stance: link.stance,
    decisive: link.decisive,
    grade: link.grade,
    weight: linkWeight(link),
    resolves: link.decisive !== "NONE" && meetsMinimum(link.grade, e.minDecisiveGrade),
  };
}

/** The link pushing hardest in `sign`'s direction (the first of equals), or null when none pushes that way. */
function hardest(links: Weighed[], sign: number): Weighed | null {
  let best: Weighed | null = null;
  for (const l of links) if (Math.sign(l.weight) === sign && (!best || Math.abs(l.weight) > Math.abs(best.weight))) best = l;
  return best;
}

export class EvidenceState {
  private next = 0;
  private sum = 0;
  confirmed: Latch | null = null;
  contradicted: Latch | null = null;
  /** The links counted on the latest day advanced to: who tipped a change. */
  today: Weighed[] = [];

  constructor(
    readonly fact: ExpectationFact,
    readonly links: Weighed[], // sorted by day
  ) {}

  get net(): number {
    return round2(this.sum);
  }

  /** Counts the links up to `day`, but never past the deadline: the question's window closes there. */
  advance(day: Day) {
    const until = this.fact.deadline === null ? day : Math.min(day, this.fact.deadline);
    this.today = [];
    while (this.next < this.links.length && this.links[this.next]!.day <= until) {
      const link = this.links[this.next++]!;
      this.sum += link.weight;
      this.today.push(link);
      if (link.resolves && link.decisive === "MEETS_CONFIRMING") this.confirmed ??= { day: link.day, by: "decisive", developmentId: link.developmentId };
      if (link.resolves && link.decisive === "MEETS_CONTRADICTING") this.contradicted ??= { day: link.day, by: "decisive", developmentId: link.developmentId };
    }
    if (this.today.length === 0) return;
    const net = this.net;
    // The first of today's links with the greatest weight in that direction (it may push the other way).
    const strongest = (sign: 1 | -1) => this.today.reduce((best, l) => (sign * l.weight > sign * best.weight ? l : best)).developmentId;
    // Crossing a threshold resolves what that kind can resolve by weight:
    // an occurrence is confirmed by it, a continuity is breached by it.
    if (this.fact.kind === "OCCURRENCE" && net >= this.fact.confirmThreshold) {
      this.confirmed ??= { day: this.today[0]!.day, by: "threshold", developmentId: strongest(1) };
    }
    if (this.fact.kind === "CONTINUITY" && net <= this.fact.contradictThreshold) {
      this.contradicted ??= { day: this.today[0]!.day, by: "threshold", developmentId: strongest(-1) };
    }
  }

  /** The strongest links counted so far (for the record of a change). */
  counted(limit = 50): string[] {
    return this.links
      .slice(0, this.next)
      .filter((l) => l.weight !== 0)
      .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
      .slice(0, limit)
      .map((l) => l.linkId);
  }

  /** The link of the latest day that pushed hardest in a direction: the one that tipped a change. */
  tipper(direction: number): string | null {
    if (direction === 0) return null;
    return hardest(this.today, Math.sign(direction))?.developmentId ?? null;
  }
}
