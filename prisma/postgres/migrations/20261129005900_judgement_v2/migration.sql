-- CreateEnum
CREATE TYPE "DecisiveMark" AS ENUM ('NONE', 'MEETS_CONFIRMING', 'MEETS_CONTRADICTING');

-- AlterEnum
ALTER TYPE "ExpectationStatus" ADD VALUE 'RULED_OUT';

-- DropIndex
DROP INDEX "StatusChange_expectationId_changedAt_idx";

-- AlterTable
ALTER TABLE "Survey" ADD COLUMN     "minDecisiveGrade" TEXT NOT NULL DEFAULT 'B2';

-- AlterTable
ALTER TABLE "Expectation" ADD COLUMN     "judgedDigest" TEXT;

-- AlterTable
ALTER TABLE "EvidenceLink" ADD COLUMN     "decisive" "DecisiveMark" NOT NULL DEFAULT 'NONE';

-- AlterTable
-- Rule v1 rows knew one time: it becomes both their valid and their recorded time.
ALTER TABLE "StatusChange" RENAME COLUMN "changedAt" TO "recordedAt";
ALTER TABLE "StatusChange" ADD COLUMN     "revisionId" TEXT,
ADD COLUMN     "supersededAt" TIMESTAMP(3),
ADD COLUMN     "tippedById" TEXT,
ADD COLUMN     "validFrom" TIMESTAMP(3);
UPDATE "StatusChange" SET "validFrom" = "recordedAt";
ALTER TABLE "StatusChange" ALTER COLUMN "validFrom" SET NOT NULL;

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "statusChangeId" TEXT,
ADD COLUMN     "validOn" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ScoreSnapshot" ADD COLUMN     "reason" TEXT,
ADD COLUMN     "waiting" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE "ScoreSnapshot" ALTER COLUMN "updatedAt" DROP DEFAULT;

-- CreateTable
CREATE TABLE "CoverageMark" (
    "id" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "throughDay" TIMESTAMP(3) NOT NULL,
    "setById" TEXT NOT NULL,
    "setAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CoverageMark_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JudgementRevision" (
    "id" TEXT NOT NULL,
    "expectationId" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL,
    "cause" TEXT NOT NULL,
    "fromRuleVersion" INTEGER,
    "toRuleVersion" INTEGER NOT NULL,
    "superseded" INTEGER NOT NULL,
    "added" INTEGER NOT NULL,
    "jobRunId" TEXT,

    CONSTRAINT "JudgementRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CoverageMark_surveyId_setAt_idx" ON "CoverageMark"("surveyId", "setAt");

-- CreateIndex
CREATE INDEX "JudgementRevision_expectationId_recordedAt_idx" ON "JudgementRevision"("expectationId", "recordedAt");

-- CreateIndex
CREATE INDEX "StatusChange_expectationId_validFrom_idx" ON "StatusChange"("expectationId", "validFrom");

-- CreateIndex
CREATE INDEX "StatusChange_validFrom_idx" ON "StatusChange"("validFrom");

-- CreateIndex
CREATE INDEX "Notification_validOn_idx" ON "Notification"("validOn");

-- AddForeignKey
ALTER TABLE "CoverageMark" ADD CONSTRAINT "CoverageMark_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoverageMark" ADD CONSTRAINT "CoverageMark_setById_fkey" FOREIGN KEY ("setById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusChange" ADD CONSTRAINT "StatusChange_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "JudgementRevision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JudgementRevision" ADD CONSTRAINT "JudgementRevision_expectationId_fkey" FOREIGN KEY ("expectationId") REFERENCES "Expectation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

