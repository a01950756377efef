// The product's words that the schema holds (statuses, kinds, precisions,
// event types, grades, notification kinds, change modes…) are defined once, as Prisma enums
// in prisma/schema.prisma. Lists for forms, filters, validation and labels are
// derived from them, here or beside their domain (statuses and stances in
// lib/judgement/rule, event types and grades in lib/developments), so
// they cannot drift from what the database accepts (docs/decisions/0042).
import {
  ChangeActor,
  ChangeMode,
  DatePrecision,
  ExpectationKind,
  FeedStatus,
  LinkOrigin,
  NotificationKind,
  ReviewKind,
  ReviewPolicy,
  ReviewState,
  RevisionCause,
  TriageState,
} from "./generated/prisma/enums";

export type {
  ChangeActor,
  ChangeMode,
  DatePrecision,
  ExpectationKind,
  FeedStatus,
  LinkOrigin,
  NotificationKind,
  ReviewKind,
  ReviewPolicy,
  ReviewState,
  RevisionCause,
  TriageState,
};

/** An enum's values in schema order, as the non-empty tuple zod's z.enum takes. */
export function listOf<T extends string>(values: { readonly [key: string]: T }): readonly [T, ...T[]] {
  return Object.values(values) as [T, ...T[]];
}

export const EXPECTATION_KINDS = listOf(ExpectationKind);
export const DATE_PRECISIONS = listOf(DatePrecision);
export const LINK_ORIGINS = listOf(LinkOrigin);
export const NOTIFICATION_KINDS = listOf(NotificationKind);
export const CHANGE_MODES = listOf(ChangeMode);
export const CHANGE_ACTORS = listOf(ChangeActor);
export const REVISION_CAUSES = listOf(RevisionCause);
export const FEED_STATUSES = listOf(FeedStatus);
export const REVIEW_POLICIES = listOf(ReviewPolicy);
export const REVIEW_KINDS = listOf(ReviewKind);
export const REVIEW_STATES = listOf(ReviewState);

export { DECISIVE_MARKS, OPEN_STATUSES, STATUSES, type Decisive, type Kind, type Stance, type Status } from "./judgement/rule";

/** The modes of an analyst's hand on a status: set it, or give it back to the rule. */
export type HandMode = Exclude<ChangeMode, "RULE">;
export const HAND_MODES: readonly HandMode[] = ["OVERRIDE", "RELEASE"];
export const isHandMode = (mode: ChangeMode): mode is HandMode => mode !== "RULE";

/**
 * A word read back from raw SQL (which Prisma does not type): one of `list`,
 * or an error naming the column, since an unknown value means the schema and
 * the code disagree.
 */
export function wordOf<T extends string>(list: readonly T[], value: unknown, column: string): T {
  if (typeof value === "string" && (list as readonly string[]).includes(value)) return value as T;
  throw new Error(`unexpected ${column} value ${JSON.stringify(value)}`);
}
