-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'PENDING',
    "expectationId" TEXT NOT NULL,
    "linkId" TEXT,
    "requestedStatus" TEXT,
    "requestedMark" TEXT,
    "reason" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "requestedAt" DATETIME NOT NULL,
    "reviewerId" TEXT,
    "decidedAt" DATETIME,
    "comment" TEXT,
    CONSTRAINT "Review_expectationId_fkey" FOREIGN KEY ("expectationId") REFERENCES "Expectation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Review_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Review_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Survey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleKo" TEXT,
    "organisationKo" TEXT,
    "panelSize" INTEGER NOT NULL,
    "panelDescription" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "fieldworkStart" DATETIME NOT NULL,
    "fieldworkEnd" DATETIME NOT NULL,
    "publishedOn" DATETIME NOT NULL,
    "sourceReference" TEXT NOT NULL,
    "minDecisiveGrade" TEXT NOT NULL DEFAULT 'B2',
    "reviewPolicy" TEXT NOT NULL DEFAULT 'OFF',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Survey" ("createdAt", "fieldworkEnd", "fieldworkStart", "id", "minDecisiveGrade", "mode", "organisation", "organisationKo", "panelDescription", "panelSize", "publishedOn", "slug", "sourceReference", "title", "titleKo", "updatedAt") SELECT "createdAt", "fieldworkEnd", "fieldworkStart", "id", "minDecisiveGrade", "mode", "organisation", "organisationKo", "panelDescription", "panelSize", "publishedOn", "slug", "sourceReference", "title", "titleKo", "updatedAt" FROM "Survey";
DROP TABLE "Survey";
ALTER TABLE "new_Survey" RENAME TO "Survey";
CREATE UNIQUE INDEX "Survey_slug_key" ON "Survey"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Review_state_requestedAt_idx" ON "Review"("state", "requestedAt");

-- CreateIndex
CREATE INDEX "Review_expectationId_requestedAt_idx" ON "Review"("expectationId", "requestedAt");

-- CreateIndex
CREATE INDEX "Review_linkId_requestedAt_idx" ON "Review"("linkId", "requestedAt");

