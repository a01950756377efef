-- CreateTable
CREATE TABLE "JobLease" (
    "job" TEXT NOT NULL PRIMARY KEY,
    "holder" TEXT NOT NULL,
    "untilMs" BIGINT NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_JobRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "job" TEXT NOT NULL,
    "slot" DATETIME NOT NULL,
    "instance" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME,
    "outcome" TEXT NOT NULL DEFAULT 'RUNNING',
    "counts" TEXT,
    "error" TEXT,
    "leaseUntil" DATETIME,
    "attempt" INTEGER NOT NULL DEFAULT 1
);
INSERT INTO "new_JobRun" ("counts", "error", "finishedAt", "id", "instance", "job", "outcome", "slot", "startedAt") SELECT "counts", "error", "finishedAt", "id", "instance", "job", "outcome", "slot", "startedAt" FROM "JobRun";
DROP TABLE "JobRun";
ALTER TABLE "new_JobRun" RENAME TO "JobRun";
CREATE INDEX "JobRun_job_startedAt_idx" ON "JobRun"("job", "startedAt");
CREATE INDEX "JobRun_outcome_idx" ON "JobRun"("outcome");
CREATE UNIQUE INDEX "JobRun_job_slot_attempt_key" ON "JobRun"("job", "slot", "attempt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

