// A signpost changed on its own page is an edit of the expectation like any
// other (docs/decisions/0095): the expectation gains a version naming the
// signposts as what changed, with who, when and why. Called inside the
// signpost change's transaction: `before` first, then the change, then `after`.
import type { Prisma } from "../generated/prisma/client";
import { AppError } from "../errors";
import { ensureCurrentVersion, fieldsOf, versionFieldsSelect } from "./version-fields";

type Tx = Prisma.TransactionClient;
type Row = Prisma.ExpectationGetPayload<{ select: typeof versionFieldsSelect }>;

/** The expectation as it stands before the change; null when there is none. Its current version gets a row if it had none. */
export async function beforeSignpostChange(tx: Tx, expectationId: string, now: Date): Promise<Row | null> {
  const row = await tx.expectation.findUnique({ where: { id: expectationId }, select: versionFieldsSelect });
  if (row) await ensureCurrentVersion(tx, expectationId, row, now);
  return row;
}

export async function afterSignpostChange(tx: Tx, expectationId: string, before: Row, o: { userId: string; reason: string; now: Date }): Promise<number> {
  const number = before.version + 1;
  const { count } = await tx.expectation.updateMany({ where: { id: expectationId, version: before.version }, data: { version: number } });
  if (count === 0) throw new AppError("CONFLICT", "expectationEdit.errors.stale");
  const after = await tx.expectation.findUniqueOrThrow({ where: { id: expectationId }, select: versionFieldsSelect });
  await tx.expectationVersion.create({
    data: {
      expectationId,
      number,
      fields: JSON.stringify(fieldsOf(after)),
      changed: JSON.stringify(["signposts"]),
      editedById: o.userId,
      editedAt: o.now,
      reason: o.reason,
    },
  });
  return number;
}
