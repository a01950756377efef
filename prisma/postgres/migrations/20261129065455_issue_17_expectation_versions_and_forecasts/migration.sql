-- AlterEnum
ALTER TYPE "RevisionCause" ADD VALUE 'EXPECTATION_EDIT';

-- AlterTable
ALTER TABLE "StatusChange" ADD COLUMN     "expectationVersion" INTEGER;

-- AlterTable
ALTER TABLE "JudgementRevision" ADD COLUMN     "expectationVersion" INTEGER;

-- AlterTable
ALTER TABLE "ScoreSnapshot" ADD COLUMN     "expectationVersion" INTEGER;

-- CreateTable
CREATE TABLE "ExpectationVersion" (
    "id" TEXT NOT NULL,
    "expectationId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "fields" TEXT NOT NULL,
    "changed" TEXT NOT NULL,
    "editedById" TEXT,
    "editedAt" TIMESTAMP(3) NOT NULL,
    "reason" TEXT,
    "judgedAt" TIMESTAMP(3),
    "judgedRunId" TEXT,

    CONSTRAINT "ExpectationVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamForecast" (
    "id" TEXT NOT NULL,
    "expectationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "probability" INTEGER NOT NULL,
    "madeOn" TIMESTAMP(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),
    "deletedById" TEXT,

    CONSTRAINT "TeamForecast_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ExpectationVersion_expectationId_number_key" ON "ExpectationVersion"("expectationId", "number");

-- CreateIndex
CREATE INDEX "TeamForecast_expectationId_userId_madeOn_idx" ON "TeamForecast"("expectationId", "userId", "madeOn");

-- AddForeignKey
ALTER TABLE "ExpectationVersion" ADD CONSTRAINT "ExpectationVersion_expectationId_fkey" FOREIGN KEY ("expectationId") REFERENCES "Expectation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpectationVersion" ADD CONSTRAINT "ExpectationVersion_editedById_fkey" FOREIGN KEY ("editedById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamForecast" ADD CONSTRAINT "TeamForecast_expectationId_fkey" FOREIGN KEY ("expectationId") REFERENCES "Expectation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamForecast" ADD CONSTRAINT "TeamForecast_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- The daily series written so far was judged under each expectation's present version
-- (docs/decisions/0095); stating it keeps the next run from rewriting every day.
UPDATE "ScoreSnapshot" SET "expectationVersion" = (SELECT "version" FROM "Expectation" WHERE "Expectation"."id" = "ScoreSnapshot"."expectationId");
