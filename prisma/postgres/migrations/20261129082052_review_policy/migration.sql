-- CreateEnum
CREATE TYPE "ReviewPolicy" AS ENUM ('OFF', 'OVERRIDES', 'OVERRIDES_AND_DECISIVE');

-- CreateEnum
CREATE TYPE "ReviewKind" AS ENUM ('OVERRIDE', 'DECISIVE_LINK');

-- CreateEnum
CREATE TYPE "ReviewState" AS ENUM ('PENDING', 'APPROVED', 'RETURNED');

-- AlterTable
ALTER TABLE "Survey" ADD COLUMN     "reviewPolicy" "ReviewPolicy" NOT NULL DEFAULT 'OFF';

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL,
    "kind" "ReviewKind" NOT NULL,
    "state" "ReviewState" NOT NULL DEFAULT 'PENDING',
    "expectationId" TEXT NOT NULL,
    "linkId" TEXT,
    "requestedStatus" "ExpectationStatus",
    "requestedMark" "DecisiveMark",
    "reason" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL,
    "reviewerId" TEXT,
    "decidedAt" TIMESTAMP(3),
    "comment" TEXT,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Review_state_requestedAt_idx" ON "Review"("state", "requestedAt");

-- CreateIndex
CREATE INDEX "Review_expectationId_requestedAt_idx" ON "Review"("expectationId", "requestedAt");

-- CreateIndex
CREATE INDEX "Review_linkId_requestedAt_idx" ON "Review"("linkId", "requestedAt");

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_expectationId_fkey" FOREIGN KEY ("expectationId") REFERENCES "Expectation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

