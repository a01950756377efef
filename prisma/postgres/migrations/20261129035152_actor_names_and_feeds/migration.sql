-- AlterTable
ALTER TABLE "Actor" ADD COLUMN     "mergedAt" TIMESTAMP(3),
ADD COLUMN     "mergedIntoId" TEXT,
ADD COLUMN     "nameKo" TEXT;

-- CreateTable
CREATE TABLE "ActorName" (
    "id" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "language" TEXT,

    CONSTRAINT "ActorName_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Feed" (
    "id" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "defaultReliability" "SourceReliability" NOT NULL,
    "defaultCredibility" INTEGER NOT NULL,
    "pollMinutes" INTEGER NOT NULL DEFAULT 60,
    "etag" TEXT,
    "lastModified" TEXT,
    "status" TEXT NOT NULL DEFAULT 'NEW',
    "lastError" TEXT,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lastPolledAt" TIMESTAMP(3),
    "nextPollAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Feed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedItem" (
    "id" TEXT NOT NULL,
    "feedId" TEXT NOT NULL,
    "guidKey" TEXT,
    "linkKey" TEXT,
    "link" TEXT,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "fetchedAt" TIMESTAMP(3) NOT NULL,
    "triage" TEXT NOT NULL DEFAULT 'NEW',
    "dismissReason" TEXT,
    "developmentId" TEXT,
    "triagedById" TEXT,
    "triagedAt" TIMESTAMP(3),

    CONSTRAINT "FeedItem_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "ActorName" ADD CONSTRAINT "ActorName_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedItem" ADD CONSTRAINT "FeedItem_feedId_fkey" FOREIGN KEY ("feedId") REFERENCES "Feed"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Every actor entered so far keeps its name as its first name (lower-cased key;
-- a second actor whose name differs only in case is left for a merge).
INSERT INTO "ActorName" ("id", "actorId", "name", "key", "language")
SELECT 'an-' || "id", "id", "name", lower(trim("name")), NULL FROM "Actor" WHERE true
ON CONFLICT DO NOTHING;
