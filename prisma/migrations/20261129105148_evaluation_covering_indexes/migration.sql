-- DropIndex
DROP INDEX "Source_developmentId_idx";

-- CreateIndex
CREATE INDEX "Source_developmentId_deletedAt_reliability_credibility_idx" ON "Source"("developmentId", "deletedAt", "reliability", "credibility");

-- CreateIndex
CREATE INDEX "EvidenceLink_expectationId_developmentId_id_stance_decisive_createdAt_deletedAt_idx" ON "EvidenceLink"("expectationId", "developmentId", "id", "stance", "decisive", "createdAt", "deletedAt");

