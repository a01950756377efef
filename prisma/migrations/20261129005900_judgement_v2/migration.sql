-- AlterTable
ALTER TABLE "Expectation" ADD COLUMN "judgedDigest" TEXT;

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN "statusChangeId" TEXT;
ALTER TABLE "Notification" ADD COLUMN "validOn" DATETIME;

-- CreateTable
CREATE TABLE "CoverageMark" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "surveyId" TEXT NOT NULL,
    "throughDay" DATETIME NOT NULL,
    "setById" TEXT NOT NULL,
    "setAt" DATETIME NOT NULL,
    CONSTRAINT "CoverageMark_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CoverageMark_setById_fkey" FOREIGN KEY ("setById") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "JudgementRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expectationId" TEXT NOT NULL,
    "recordedAt" DATETIME NOT NULL,
    "cause" TEXT NOT NULL,
    "fromRuleVersion" INTEGER,
    "toRuleVersion" INTEGER NOT NULL,
    "superseded" INTEGER NOT NULL,
    "added" INTEGER NOT NULL,
    "jobRunId" TEXT,
    CONSTRAINT "JudgementRevision_expectationId_fkey" FOREIGN KEY ("expectationId") REFERENCES "Expectation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Survey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleKo" TEXT,
    "organisationKo" TEXT,
    "panelSize" INTEGER NOT NULL,
    "panelDescription" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "fieldworkStart" DATETIME NOT NULL,
    "fieldworkEnd" DATETIME NOT NULL,
    "publishedOn" DATETIME NOT NULL,
    "sourceReference" TEXT NOT NULL,
    "minDecisiveGrade" TEXT NOT NULL DEFAULT 'B2',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Survey" ("createdAt", "fieldworkEnd", "fieldworkStart", "id", "mode", "organisation", "organisationKo", "panelDescription", "panelSize", "publishedOn", "slug", "sourceReference", "title", "titleKo", "updatedAt") SELECT "createdAt", "fieldworkEnd", "fieldworkStart", "id", "mode", "organisation", "organisationKo", "panelDescription", "panelSize", "publishedOn", "slug", "sourceReference", "title", "titleKo", "updatedAt" FROM "Survey";
DROP TABLE "Survey";
ALTER TABLE "new_Survey" RENAME TO "Survey";
CREATE UNIQUE INDEX "Survey_slug_key" ON "Survey"("slug");
CREATE TABLE "new_EvidenceLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "developmentId" TEXT NOT NULL,
    "expectationId" TEXT NOT NULL,
    "stance" TEXT NOT NULL,
    "rationale" TEXT NOT NULL,
    "origin" TEXT NOT NULL DEFAULT 'ANALYST',
    "decisive" TEXT NOT NULL DEFAULT 'NONE',
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "EvidenceLink_developmentId_fkey" FOREIGN KEY ("developmentId") REFERENCES "Development" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "EvidenceLink_expectationId_fkey" FOREIGN KEY ("expectationId") REFERENCES "Expectation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_EvidenceLink" ("createdAt", "createdById", "deletedAt", "developmentId", "expectationId", "id", "origin", "rationale", "stance", "updatedAt", "version") SELECT "createdAt", "createdById", "deletedAt", "developmentId", "expectationId", "id", "origin", "rationale", "stance", "updatedAt", "version" FROM "EvidenceLink";
DROP TABLE "EvidenceLink";
ALTER TABLE "new_EvidenceLink" RENAME TO "EvidenceLink";
CREATE INDEX "EvidenceLink_expectationId_deletedAt_idx" ON "EvidenceLink"("expectationId", "deletedAt");
CREATE INDEX "EvidenceLink_stance_idx" ON "EvidenceLink"("stance");
CREATE UNIQUE INDEX "EvidenceLink_developmentId_expectationId_key" ON "EvidenceLink"("developmentId", "expectationId");
CREATE TABLE "new_StatusChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expectationId" TEXT NOT NULL,
    "fromStatus" TEXT NOT NULL,
    "toStatus" TEXT NOT NULL,
    "validFrom" DATETIME NOT NULL,
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "supersededAt" DATETIME,
    "revisionId" TEXT,
    "actorType" TEXT NOT NULL,
    "userId" TEXT,
    "jobName" TEXT,
    "jobRunId" TEXT,
    "ruleVersion" INTEGER,
    "netScore" REAL,
    "mode" TEXT NOT NULL DEFAULT 'RULE',
    "reason" TEXT NOT NULL,
    "evidenceIds" TEXT NOT NULL,
    "tippedById" TEXT,
    CONSTRAINT "StatusChange_expectationId_fkey" FOREIGN KEY ("expectationId") REFERENCES "Expectation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "StatusChange_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "JudgementRevision" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "StatusChange_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
-- Rule v1 rows knew one time: it becomes both their valid and their recorded time.
INSERT INTO "new_StatusChange" ("actorType", "evidenceIds", "expectationId", "fromStatus", "id", "jobName", "jobRunId", "mode", "netScore", "reason", "ruleVersion", "toStatus", "userId", "validFrom", "recordedAt") SELECT "actorType", "evidenceIds", "expectationId", "fromStatus", "id", "jobName", "jobRunId", "mode", "netScore", "reason", "ruleVersion", "toStatus", "userId", "changedAt", "changedAt" FROM "StatusChange";
DROP TABLE "StatusChange";
ALTER TABLE "new_StatusChange" RENAME TO "StatusChange";
CREATE INDEX "StatusChange_expectationId_validFrom_idx" ON "StatusChange"("expectationId", "validFrom");
CREATE INDEX "StatusChange_validFrom_idx" ON "StatusChange"("validFrom");
CREATE TABLE "new_ScoreSnapshot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expectationId" TEXT NOT NULL,
    "day" DATETIME NOT NULL,
    "netScore" REAL NOT NULL,
    "status" TEXT NOT NULL,
    "reason" TEXT,
    "waiting" TEXT,
    "ruleVersion" INTEGER NOT NULL,
    "jobRunId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ScoreSnapshot_expectationId_fkey" FOREIGN KEY ("expectationId") REFERENCES "Expectation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_ScoreSnapshot" ("createdAt", "day", "expectationId", "id", "jobRunId", "netScore", "ruleVersion", "status", "updatedAt") SELECT "createdAt", "day", "expectationId", "id", "jobRunId", "netScore", "ruleVersion", "status", "createdAt" FROM "ScoreSnapshot";
DROP TABLE "ScoreSnapshot";
ALTER TABLE "new_ScoreSnapshot" RENAME TO "ScoreSnapshot";
CREATE UNIQUE INDEX "ScoreSnapshot_expectationId_day_key" ON "ScoreSnapshot"("expectationId", "day");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "CoverageMark_surveyId_setAt_idx" ON "CoverageMark"("surveyId", "setAt");

-- CreateIndex
CREATE INDEX "JudgementRevision_expectationId_recordedAt_idx" ON "JudgementRevision"("expectationId", "recordedAt");

-- CreateIndex
CREATE INDEX "Notification_validOn_idx" ON "Notification"("validOn");

