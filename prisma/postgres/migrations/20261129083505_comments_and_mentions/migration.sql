-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'MENTION';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "recipientId" TEXT;

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL,
    "expectationId" TEXT,
    "developmentId" TEXT,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Comment_expectationId_createdAt_idx" ON "Comment"("expectationId", "createdAt");

-- CreateIndex
CREATE INDEX "Comment_developmentId_createdAt_idx" ON "Comment"("developmentId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_recipientId_idx" ON "Notification"("recipientId");

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_expectationId_fkey" FOREIGN KEY ("expectationId") REFERENCES "Expectation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_developmentId_fkey" FOREIGN KEY ("developmentId") REFERENCES "Development"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

