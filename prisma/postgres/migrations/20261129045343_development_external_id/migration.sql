-- AlterTable
ALTER TABLE "Development" ADD COLUMN     "externalId" TEXT,
ADD COLUMN     "importDigest" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Development_externalId_key" ON "Development"("externalId");

