-- DropIndex
DROP INDEX "Development_deletedAt_occurredOn_idx";

-- AlterTable
ALTER TABLE "Development" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "Development_deletedAt_occurredOn_id_idx" ON "Development"("deletedAt", "occurredOn", "id");

-- CreateIndex
CREATE INDEX "EvidenceLink_stance_idx" ON "EvidenceLink"("stance");

