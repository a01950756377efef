-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "JobOutcome" ADD VALUE 'ABANDONED';
ALTER TYPE "JobOutcome" ADD VALUE 'SKIPPED';
ALTER TYPE "JobOutcome" ADD VALUE 'REQUESTED';

-- DropIndex
DROP INDEX "JobRun_job_slot_key";

-- AlterTable
ALTER TABLE "JobRun" ADD COLUMN     "attempt" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "leaseUntil" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "JobLease" (
    "job" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "untilMs" BIGINT NOT NULL,

    CONSTRAINT "JobLease_pkey" PRIMARY KEY ("job")
);

-- CreateIndex
CREATE INDEX "JobRun_outcome_idx" ON "JobRun"("outcome");

-- CreateIndex
CREATE UNIQUE INDEX "JobRun_job_slot_attempt_key" ON "JobRun"("job", "slot", "attempt");

