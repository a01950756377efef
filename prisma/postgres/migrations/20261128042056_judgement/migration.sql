-- AlterTable
ALTER TABLE "user" ADD COLUMN     "notificationsSeenAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "StatusChange" ADD COLUMN     "mode" TEXT NOT NULL DEFAULT 'RULE';

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "kind" TEXT NOT NULL,
    "expectationId" TEXT,
    "developmentId" TEXT,
    "message" TEXT NOT NULL,
    "jobRunId" TEXT,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Notification_createdAt_idx" ON "Notification"("createdAt");

-- CreateIndex
CREATE INDEX "Notification_kind_expectationId_idx" ON "Notification"("kind", "expectationId");

