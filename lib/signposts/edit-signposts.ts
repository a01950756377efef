// Analysts refine the signposts an expectation watches for: add one, change its
// words, actors, event types or stance, or remove it, saying why. A removal is
// a soft delete; every change is audited with the rule before and after and
// makes a new version of the expectation (../expectations/signpost-version.ts),
// so no rule anyone wrote is lost. Terms are typed one per line or comma
// separated, in either language.
import { z } from "zod";
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { AppError, isUniqueViolation } from "../errors";
import { parseOrThrow } from "../validation";
import { EVENT_TYPE_KEYS } from "../developments/event-types";
import { STANCE_KEYS } from "../evidence/stances";
import { afterSignpostChange, beforeSignpostChange } from "../expectations/signpost-version";

const Reason = z.string("signposts.errors.reasonRequired").trim().min(1, "signposts.errors.reasonRequired").max(500);
export const RemoveSignpostSchema = z.object({ reason: Reason });

const phrases = (max: number, required: boolean) =>
  z
    .string()
    .max(4000)
    .transform((text) => [
      ...new Set(
        text
          .split(/[\n,]/)
          .map((p) => p.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(
      z
        .array(z.string().max(60, "signposts.errors.phraseTooLong"))
        .min(required ? 1 : 0, "signposts.errors.termsRequired")
        .max(max, "signposts.errors.tooMany"),
    );

export const SignpostSchema = z.object({
  label: z.string().trim().min(1, "signposts.errors.labelRequired").max(120),
  terms: phrases(40, true),
  actors: phrases(10, false).default([]),
  eventTypes: z
    .array(z.enum(EVENT_TYPE_KEYS))
    .default([])
    .transform((list) => [...new Set(list)]),
  stance: z.enum(STANCE_KEYS, "signposts.errors.stanceRequired"),
  reason: Reason,
});

const columns = (input: z.infer<typeof SignpostSchema>) => ({
  label: input.label,
  terms: JSON.stringify(input.terms),
  actors: JSON.stringify(input.actors),
  eventTypes: JSON.stringify(input.eventTypes),
  stance: input.stance,
});

const SHOWN = { id: true, expectationId: true, label: true, terms: true, actors: true, eventTypes: true, stance: true, deletedAt: true } as const;

/** Adds a signpost (signpostId null) or changes one of this expectation's. */
export async function saveSignpost(db: Db, actor: Actor | null, expectationId: string, signpostId: string | null, raw: unknown, now: Date) {
  const analyst = requireAbility(actor, "write:evidence");
  const input = parseOrThrow(SignpostSchema, raw);
  try {
    return await db.$transaction(async (tx) => {
      const expectation = await beforeSignpostChange(tx, expectationId, now);
      if (!expectation) throw new AppError("NOT_FOUND", "errors.expectationNotFound");
      const versioned = { userId: analyst.userId, reason: input.reason, now };
      if (signpostId === null) {
        const position = await tx.signpost.count({ where: { expectationId } });
        const created = await tx.signpost.create({ data: { expectationId, ...columns(input), position, createdById: analyst.userId }, select: SHOWN });
        const version = await afterSignpostChange(tx, expectationId, expectation, versioned);
        await recordAudit(tx, {
          userId: analyst.userId,
          action: "signpost.create",
          entityType: "Signpost",
          entityId: created.id,
          changes: { after: created, reason: input.reason, version },
        });
        return { ...created, version };
      }
      const before = await tx.signpost.findFirst({ where: { id: signpostId, expectationId, deletedAt: null }, select: SHOWN });
      if (!before) throw new AppError("NOT_FOUND", "signposts.errors.notFound");
      const after = await tx.signpost.update({ where: { id: signpostId }, data: columns(input), select: SHOWN });
      const version = await afterSignpostChange(tx, expectationId, expectation, versioned);
      await recordAudit(tx, {
        userId: analyst.userId,
        action: "signpost.update",
        entityType: "Signpost",
        entityId: signpostId,
        changes: { before, after, reason: input.reason, version },
      });
      return { ...after, version };
    });
  } catch (error) {
    // Labels are unique per expectation, removed ones included (their history keeps the name).
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "signposts.errors.labelTaken", { label: ["signposts.errors.labelTaken"] });
    throw error;
  }
}

export async function removeSignpost(db: Db, actor: Actor | null, expectationId: string, signpostId: string, raw: unknown, now: Date) {
  const analyst = requireAbility(actor, "write:evidence");
  const { reason } = parseOrThrow(RemoveSignpostSchema, raw);
  await db.$transaction(async (tx) => {
    const expectation = await beforeSignpostChange(tx, expectationId, now);
    const { count } = await tx.signpost.updateMany({ where: { id: signpostId, expectationId, deletedAt: null }, data: { deletedAt: now } });
    if (!expectation || count === 0) throw new AppError("NOT_FOUND", "signposts.errors.notFound");
    const version = await afterSignpostChange(tx, expectationId, expectation, { userId: analyst.userId, reason, now });
    await recordAudit(tx, {
      userId: analyst.userId,
      action: "signpost.remove",
      entityType: "Signpost",
      entityId: signpostId,
      changes: { removedAt: now.toISOString(), reason, version },
    });
  });
}

/** One expectation's live signposts, in the order they are tried. */
export async function listExpectationSignposts(db: Db, actor: Actor | null, expectationId: string) {
  requireAbility(actor, "read");
  const rows = await db.signpost.findMany({
    where: { expectationId, deletedAt: null },
    orderBy: [{ position: "asc" }, { label: "asc" }],
    select: { id: true, label: true, terms: true, actors: true, eventTypes: true, stance: true },
  });
  const list = (json: string) => JSON.parse(json) as string[];
  return rows.map((r) => ({ ...r, terms: list(r.terms), actors: list(r.actors), eventTypes: list(r.eventTypes) }));
}
