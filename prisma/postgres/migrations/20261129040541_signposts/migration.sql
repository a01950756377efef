-- CreateTable
CREATE TABLE "Signpost" (
    "id" TEXT NOT NULL,
    "expectationId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "terms" TEXT NOT NULL,
    "actors" TEXT NOT NULL DEFAULT '[]',
    "eventTypes" TEXT NOT NULL DEFAULT '[]',
    "stance" "Stance" NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Signpost_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Signpost_expectationId_label_key" ON "Signpost"("expectationId", "label");

-- AddForeignKey
ALTER TABLE "Signpost" ADD CONSTRAINT "Signpost_expectationId_fkey" FOREIGN KEY ("expectationId") REFERENCES "Expectation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

