-- CreateTable
CREATE TABLE "EvaluationCheckpoint" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "seenThrough" DATETIME NOT NULL,
    "window" TEXT NOT NULL,
    "day" DATETIME NOT NULL,
    "ruleVersion" INTEGER NOT NULL
);

-- CreateIndex
CREATE INDEX "Development_updatedAt_idx" ON "Development"("updatedAt");

-- CreateIndex
CREATE INDEX "Source_createdAt_idx" ON "Source"("createdAt");

-- CreateIndex
CREATE INDEX "Source_deletedAt_idx" ON "Source"("deletedAt");

-- CreateIndex
CREATE INDEX "EvidenceLink_updatedAt_idx" ON "EvidenceLink"("updatedAt");

