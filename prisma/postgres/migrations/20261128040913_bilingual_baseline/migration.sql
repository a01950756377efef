-- AlterTable
ALTER TABLE "user" ADD COLUMN     "locale" TEXT;

-- AlterTable
ALTER TABLE "Survey" ADD COLUMN     "organisationKo" TEXT,
ADD COLUMN     "titleKo" TEXT;

-- AlterTable
ALTER TABLE "Expectation" ADD COLUMN     "answerLabelKo" TEXT,
ADD COLUMN     "resolutionCriteriaKo" TEXT,
ADD COLUMN     "statementKo" TEXT;

-- AlterTable
ALTER TABLE "ExpectationReason" ADD COLUMN     "textKo" TEXT;

