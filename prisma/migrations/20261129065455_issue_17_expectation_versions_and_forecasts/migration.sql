-- AlterTable
ALTER TABLE "StatusChange" ADD COLUMN "expectationVersion" INTEGER;

-- AlterTable
ALTER TABLE "JudgementRevision" ADD COLUMN "expectationVersion" INTEGER;

-- AlterTable
ALTER TABLE "ScoreSnapshot" ADD COLUMN "expectationVersion" INTEGER;

-- CreateTable
CREATE TABLE "ExpectationVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expectationId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "fields" TEXT NOT NULL,
    "changed" TEXT NOT NULL,
    "editedById" TEXT,
    "editedAt" DATETIME NOT NULL,
    "reason" TEXT,
    "judgedAt" DATETIME,
    "judgedRunId" TEXT,
    CONSTRAINT "ExpectationVersion_expectationId_fkey" FOREIGN KEY ("expectationId") REFERENCES "Expectation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ExpectationVersion_editedById_fkey" FOREIGN KEY ("editedById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TeamForecast" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expectationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "probability" INTEGER NOT NULL,
    "madeOn" DATETIME NOT NULL,
    "reason" TEXT NOT NULL,
    "recordedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    "deletedById" TEXT,
    CONSTRAINT "TeamForecast_expectationId_fkey" FOREIGN KEY ("expectationId") REFERENCES "Expectation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TeamForecast_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "ExpectationVersion_expectationId_number_key" ON "ExpectationVersion"("expectationId", "number");

-- CreateIndex
CREATE INDEX "TeamForecast_expectationId_userId_madeOn_idx" ON "TeamForecast"("expectationId", "userId", "madeOn");


-- The daily series written so far was judged under each expectation's present version
-- (docs/decisions/0095); stating it keeps the next run from rewriting every day.
UPDATE "ScoreSnapshot" SET "expectationVersion" = (SELECT "version" FROM "Expectation" WHERE "Expectation"."id" = "ScoreSnapshot"."expectationId");
