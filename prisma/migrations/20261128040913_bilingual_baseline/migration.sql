-- AlterTable
ALTER TABLE "user" ADD COLUMN "locale" TEXT;

-- AlterTable
ALTER TABLE "Survey" ADD COLUMN "organisationKo" TEXT;
ALTER TABLE "Survey" ADD COLUMN "titleKo" TEXT;

-- AlterTable
ALTER TABLE "Expectation" ADD COLUMN "answerLabelKo" TEXT;
ALTER TABLE "Expectation" ADD COLUMN "resolutionCriteriaKo" TEXT;
ALTER TABLE "Expectation" ADD COLUMN "statementKo" TEXT;

-- AlterTable
ALTER TABLE "ExpectationReason" ADD COLUMN "textKo" TEXT;

