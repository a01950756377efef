-- AlterTable
ALTER TABLE "Actor" ADD COLUMN "mergedAt" DATETIME;
ALTER TABLE "Actor" ADD COLUMN "mergedIntoId" TEXT;
ALTER TABLE "Actor" ADD COLUMN "nameKo" TEXT;

-- CreateTable
CREATE TABLE "ActorName" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "actorId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "language" TEXT,
    CONSTRAINT "ActorName_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Feed" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "url" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "defaultReliability" TEXT NOT NULL,
    "defaultCredibility" INTEGER NOT NULL,
    "pollMinutes" INTEGER NOT NULL DEFAULT 60,
    "etag" TEXT,
    "lastModified" TEXT,
    "status" TEXT NOT NULL DEFAULT 'NEW',
    "lastError" TEXT,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lastPolledAt" DATETIME,
    "nextPollAt" DATETIME,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" DATETIME
);

-- CreateTable
CREATE TABLE "FeedItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "feedId" TEXT NOT NULL,
    "guidKey" TEXT,
    "linkKey" TEXT,
    "link" TEXT,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "publishedAt" DATETIME,
    "fetchedAt" DATETIME NOT NULL,
    "triage" TEXT NOT NULL DEFAULT 'NEW',
    "dismissReason" TEXT,
    "developmentId" TEXT,
    "triagedById" TEXT,
    "triagedAt" DATETIME,
    CONSTRAINT "FeedItem_feedId_fkey" FOREIGN KEY ("feedId") REFERENCES "Feed" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "ActorName_key_key" ON "ActorName"("key");

-- CreateIndex
CREATE INDEX "ActorName_actorId_idx" ON "ActorName"("actorId");

-- CreateIndex
CREATE UNIQUE INDEX "Feed_url_key" ON "Feed"("url");

-- CreateIndex
CREATE INDEX "Feed_deletedAt_nextPollAt_idx" ON "Feed"("deletedAt", "nextPollAt");

-- CreateIndex
CREATE UNIQUE INDEX "FeedItem_guidKey_key" ON "FeedItem"("guidKey");

-- CreateIndex
CREATE UNIQUE INDEX "FeedItem_linkKey_key" ON "FeedItem"("linkKey");

-- CreateIndex
CREATE INDEX "FeedItem_triage_fetchedAt_idx" ON "FeedItem"("triage", "fetchedAt");

-- CreateIndex
CREATE INDEX "FeedItem_feedId_fetchedAt_idx" ON "FeedItem"("feedId", "fetchedAt");


-- Every actor entered so far keeps its name as its first name (lower-cased key;
-- a second actor whose name differs only in case is left for a merge).
INSERT INTO "ActorName" ("id", "actorId", "name", "key", "language")
SELECT 'an-' || "id", "id", "name", lower(trim("name")), NULL FROM "Actor" WHERE true
ON CONFLICT DO NOTHING;
