-- AlterTable
ALTER TABLE "user" ADD COLUMN     "selectedSurveyId" TEXT;

-- AddForeignKey
ALTER TABLE "user" ADD CONSTRAINT "user_selectedSurveyId_fkey" FOREIGN KEY ("selectedSurveyId") REFERENCES "Survey"("id") ON DELETE SET NULL ON UPDATE CASCADE;

