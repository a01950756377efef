-- CreateTable
CREATE TABLE "Signpost" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expectationId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "terms" TEXT NOT NULL,
    "actors" TEXT NOT NULL DEFAULT '[]',
    "eventTypes" TEXT NOT NULL DEFAULT '[]',
    "stance" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    CONSTRAINT "Signpost_expectationId_fkey" FOREIGN KEY ("expectationId") REFERENCES "Expectation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Signpost_expectationId_label_key" ON "Signpost"("expectationId", "label");

