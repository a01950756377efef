-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Development" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "occurredOn" DATETIME NOT NULL,
    "datePrecision" TEXT NOT NULL DEFAULT 'DAY',
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "eventType" TEXT NOT NULL,
    "searchText" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    "deletedById" TEXT
);
INSERT INTO "new_Development" ("createdAt", "createdById", "datePrecision", "deletedAt", "deletedById", "eventType", "id", "occurredOn", "summary", "title", "updatedAt", "version") SELECT "createdAt", "createdById", "datePrecision", "deletedAt", "deletedById", "eventType", "id", "occurredOn", "summary", "title", "updatedAt", "version" FROM "Development";
DROP TABLE "Development";
ALTER TABLE "new_Development" RENAME TO "Development";
CREATE INDEX "Development_deletedAt_occurredOn_id_idx" ON "Development"("deletedAt", "occurredOn", "id");
CREATE INDEX "Development_eventType_occurredOn_idx" ON "Development"("eventType", "occurredOn");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "EvidenceLink_stance_idx" ON "EvidenceLink"("stance");

