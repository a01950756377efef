-- AlterTable
ALTER TABLE "user" ADD COLUMN "notificationsSeenAt" DATETIME;

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL,
    "kind" TEXT NOT NULL,
    "expectationId" TEXT,
    "developmentId" TEXT,
    "message" TEXT NOT NULL,
    "jobRunId" TEXT
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_StatusChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expectationId" TEXT NOT NULL,
    "fromStatus" TEXT NOT NULL,
    "toStatus" TEXT NOT NULL,
    "changedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorType" TEXT NOT NULL,
    "userId" TEXT,
    "jobName" TEXT,
    "jobRunId" TEXT,
    "ruleVersion" INTEGER,
    "netScore" REAL,
    "mode" TEXT NOT NULL DEFAULT 'RULE',
    "reason" TEXT NOT NULL,
    "evidenceIds" TEXT NOT NULL,
    CONSTRAINT "StatusChange_expectationId_fkey" FOREIGN KEY ("expectationId") REFERENCES "Expectation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "StatusChange_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_StatusChange" ("actorType", "changedAt", "evidenceIds", "expectationId", "fromStatus", "id", "jobName", "jobRunId", "netScore", "reason", "ruleVersion", "toStatus", "userId") SELECT "actorType", "changedAt", "evidenceIds", "expectationId", "fromStatus", "id", "jobName", "jobRunId", "netScore", "reason", "ruleVersion", "toStatus", "userId" FROM "StatusChange";
DROP TABLE "StatusChange";
ALTER TABLE "new_StatusChange" RENAME TO "StatusChange";
CREATE INDEX "StatusChange_expectationId_changedAt_idx" ON "StatusChange"("expectationId", "changedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Notification_createdAt_idx" ON "Notification"("createdAt");

-- CreateIndex
CREATE INDEX "Notification_kind_expectationId_idx" ON "Notification"("kind", "expectationId");

