// The rule's inputs and outputs: plain data, no database rows, no clock.
// Days are whole UTC days since 1970-01-01 so that "as of a day" and "the
// day it took effect" compare as integers; moments of recording stay in ms.
import { ExpectationStatus, type ChangeMode, type ExpectationKind } from "../../generated/prisma/enums";
import type { Grade } from "./grades";
import type { Decisive, Stance } from "./stances";

/** Rule version 2 (docs/decisions/0040). Every judgement and snapshot records it. */
export const RULE_VERSION = 2;

// The words themselves are the schema's enums (prisma/schema.prisma); the rule
// reads them from Prisma's generated enums file, which has no dependencies.
export type Status = ExpectationStatus;
export const STATUSES = Object.values(ExpectationStatus) as [Status, ...Status[]];
/** Still open: the rule may move these with new evidence. */
export const OPEN_STATUSES: readonly Status[] = ["PENDING", "LEANING_CONFIRMED", "LEANING_CONTRADICTED"];
export type Kind = ExpectationKind;
export type Day = number;

export type LinkFact = {
  linkId: string;
  developmentId: string;
  expectationId: string;
  /** The day the development happened. */
  day: Day;
  /** When the link was logged (ms): "as known then" counts it only after this. */
  recordedAt: number;
  /** When the link or its development was removed (ms); null while live. */
  removedAt: number | null;
  stance: Stance;
  decisive: Decisive;
  /** The development's best source (grades.ts); null when it has no usable source. */
  grade: Grade | null;
};

export type ExpectationFact = {
  id: string;
  surveyId: string;
  kind: Kind;
  deadline: Day | null;
  confirmThreshold: number;
  contradictThreshold: number;
  conditionId: string | null;
  questionGroup: string | null;
  /** The survey's minimum grade for a decisive link to resolve on its own. */
  minDecisiveGrade: Grade;
};

/** An analyst's status by hand (OVERRIDE) or the return to the rule (RELEASE). */
export type OverrideFact = { expectationId: string; mode: Exclude<ChangeMode, "RULE">; status: Status; at: number };

/** "Evidence reviewed through `throughDay`", set at `setAt` (ms). */
export type CoverageFact = { surveyId: string; throughDay: Day; setAt: number };

export type Facts = { expectations: ExpectationFact[]; links: LinkFact[]; overrides: OverrideFact[]; coverage: CoverageFact[] };

/** A catalogue key with its figures; the edge puts it into words. */
export type Reason = { key: string; params?: Record<string, string | number> };

/** What an open judgement is waiting for, shown wherever its status is. */
export type Waiting = { kind: "condition"; conditionId: string } | { kind: "coverage"; deadline: Day } | null;

export type Judgement = {
  status: Status;
  net: number;
  reason: Reason;
  waiting: Waiting;
  /** An analyst's status is in force. */
  overridden: boolean;
  /** Evidence logged after the override in force: to review, not to apply. */
  needsReview: boolean;
};

export type Change = {
  expectationId: string;
  /** Valid time: the day it took effect. */
  validFrom: Day;
  from: Status;
  to: Status;
  net: number;
  reason: Reason;
  /** The jump to an analyst's status: written by the analyst's action, not by a job. */
  byOverride: boolean;
  /** The development whose evidence tipped it, when one did. */
  tippedBy: string | null;
  /** The strongest links counted then (at most 50). */
  evidenceIds: string[];
};

export type SeriesPoint = { day: Day; net: number; status: Status; reason: Reason; waiting: Waiting };

const DAY_MS = 24 * 60 * 60 * 1000;
export const dayOf = (d: Date | number): Day => Math.floor((typeof d === "number" ? d : d.getTime()) / DAY_MS);
export const dateOf = (day: Day): Date => new Date(day * DAY_MS);
/** The last millisecond of a day: "known by the end of that day". */
export const endOfDay = (day: Day): number => (day + 1) * DAY_MS - 1;
export const round2 = (v: number) => Math.round(v * 100) / 100;
