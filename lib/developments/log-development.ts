// An analyst logs a development with its sources and, in the same step, the
// expectations it bears on. One transaction: a failure anywhere leaves nothing.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { requestDecisiveReviewInTx } from "../review/request-review";
import { recordAudit } from "../audit/record-audit";
import { AppError, type FieldErrors } from "../errors";
import { parseOrThrow } from "../validation";
import { actorSearchNames } from "../actors/resolve-actors";
import { acceptFeedItemInTx } from "../inbox/triage-item";
import { actorIdsFor, tagIdsFor } from "./names";
import { developmentColumns, sourceColumns } from "./columns";
import { makeLogDevelopmentSchema, utcDay, type LinkInput } from "./schemas";
import { snapshotOf } from "./snapshot";

type Tx = Pick<Db, "expectation">;

/** Refuses links to expectations that do not exist, with the message on each bad row. */
export async function assertExpectationsExist(tx: Tx, links: Pick<LinkInput, "expectationId">[], field = "links") {
  if (links.length === 0) return;
  const ids = links.map((l) => l.expectationId);
  const found = new Set((await tx.expectation.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((e) => e.id));
  const errors: FieldErrors = {};
  links.forEach((l, i) => {
    if (!found.has(l.expectationId)) errors[`${field}.${i}.expectationId`] = ["validation.unknownExpectation"];
  });
  if (Object.keys(errors).length) throw new AppError("VALIDATION", "validation.fieldsNeedAttention", errors);
}

export async function logDevelopment(db: Db, actor: Actor | null, raw: unknown, now: Date): Promise<{ id: string }> {
  const analyst = requireAbility(actor, "write:evidence");
  const input = parseOrThrow(makeLogDevelopmentSchema(utcDay(now)), raw);
  return db.$transaction(async (tx) => {
    await assertExpectationsExist(tx, input.links);
    const actorIds = await actorIdsFor(tx, input.actors);
    const tagIds = await tagIdsFor(tx, input.tags);
    const snapshot = snapshotOf(input);
    const development = await tx.development.create({
      data: {
        ...developmentColumns(input, await actorSearchNames(tx, actorIds)),
        createdById: analyst.userId,
        // When it was logged, from the caller's clock: "as known then" reads it.
        createdAt: now,
        actors: { create: actorIds.map((actorId) => ({ actorId })) },
        tags: { create: tagIds.map((tagId) => ({ tagId })) },
        sources: { create: input.sources.map(sourceColumns) },
        evidenceLinks: {
          create: input.links.map((l) => ({
            expectationId: l.expectationId,
            stance: l.stance,
            rationale: l.rationale,
            decisive: l.decisive,
            createdById: analyst.userId,
            createdAt: now,
          })),
        },
        revisions: { create: { version: 1, snapshot: JSON.stringify(snapshot), editedById: analyst.userId, editedAt: now } },
      },
      select: { id: true },
    });
    if (input.links.some((l) => l.decisive !== "NONE")) {
      const saved = await tx.evidenceLink.findMany({
        where: { developmentId: development.id },
        select: { id: true, expectationId: true, rationale: true, decisive: true },
      });
      for (const link of saved) await requestDecisiveReviewInTx(tx, analyst, link, link.decisive, null, now);
    }
    if (input.feedItemId) await acceptFeedItemInTx(tx, analyst.userId, input.feedItemId, development.id, now);
    await recordAudit(tx, {
      userId: analyst.userId,
      action: "development.create",
      entityType: "Development",
      entityId: development.id,
      changes: { after: snapshot, links: input.links },
    });
    return development;
  });
}
