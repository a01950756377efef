-- AlterTable
ALTER TABLE "Notification" ADD COLUMN "recipientId" TEXT;

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expectationId" TEXT,
    "developmentId" TEXT,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    CONSTRAINT "Comment_expectationId_fkey" FOREIGN KEY ("expectationId") REFERENCES "Expectation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Comment_developmentId_fkey" FOREIGN KEY ("developmentId") REFERENCES "Development" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Comment_expectationId_createdAt_idx" ON "Comment"("expectationId", "createdAt");

-- CreateIndex
CREATE INDEX "Comment_developmentId_createdAt_idx" ON "Comment"("developmentId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_recipientId_idx" ON "Notification"("recipientId");

