-- CreateEnum
CREATE TYPE "ExpectationKind" AS ENUM ('OCCURRENCE', 'CONTINUITY');

-- CreateEnum
CREATE TYPE "ExpectationStatus" AS ENUM ('PENDING', 'LEANING_CONFIRMED', 'LEANING_CONTRADICTED', 'CONFIRMED', 'CONTRADICTED', 'VOID');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "EventType" AS ENUM ('TALKS_MEETINGS', 'STATEMENT', 'AGREEMENT', 'MILITARY_ACTIVITY', 'MISSILE_TEST', 'SANCTIONS', 'TROOP_POSTURE', 'TRADE_MEASURE', 'DOMESTIC_POLITICS', 'OTHER');

-- CreateEnum
CREATE TYPE "SourceReliability" AS ENUM ('A', 'B', 'C', 'D', 'E', 'F');

-- CreateEnum
CREATE TYPE "Stance" AS ENUM ('STRONGLY_SUPPORTS', 'SUPPORTS', 'NEUTRAL', 'CONTRADICTS', 'STRONGLY_CONTRADICTS');

-- CreateEnum
CREATE TYPE "LinkOrigin" AS ENUM ('ANALYST', 'SIGNPOST');

-- CreateEnum
CREATE TYPE "ChangeActor" AS ENUM ('USER', 'JOB');

-- CreateEnum
CREATE TYPE "JobOutcome" AS ENUM ('RUNNING', 'SUCCEEDED', 'FAILED');

-- CreateTable
CREATE TABLE "user" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" TEXT NOT NULL DEFAULT 'viewer',
    "banned" BOOLEAN DEFAULT false,
    "banReason" TEXT,
    "banExpires" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "impersonatedBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" TIMESTAMP(3),
    "refreshTokenExpiresAt" TIMESTAMP(3),
    "scope" TEXT,
    "password" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Installation" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "adminUserId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Installation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Survey" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "panelSize" INTEGER NOT NULL,
    "panelDescription" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "fieldworkStart" TIMESTAMP(3) NOT NULL,
    "fieldworkEnd" TIMESTAMP(3) NOT NULL,
    "publishedOn" TIMESTAMP(3) NOT NULL,
    "sourceReference" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Survey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Expectation" (
    "id" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "statement" TEXT NOT NULL,
    "panelShare" DOUBLE PRECISION,
    "kind" "ExpectationKind" NOT NULL,
    "resolutionCriteria" TEXT NOT NULL,
    "deadline" TIMESTAMP(3),
    "conditionId" TEXT,
    "questionGroup" TEXT,
    "answerLabel" TEXT,
    "confirmThreshold" DOUBLE PRECISION NOT NULL DEFAULT 3,
    "contradictThreshold" DOUBLE PRECISION NOT NULL DEFAULT -3,
    "status" "ExpectationStatus" NOT NULL DEFAULT 'PENDING',
    "statusChangedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Expectation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExpectationReason" (
    "id" TEXT NOT NULL,
    "expectationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "ExpectationReason_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Development" (
    "id" TEXT NOT NULL,
    "occurredOn" TIMESTAMP(3) NOT NULL,
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "eventType" "EventType" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),
    "deletedById" TEXT,

    CONSTRAINT "Development_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DevelopmentRevision" (
    "id" TEXT NOT NULL,
    "developmentId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "snapshot" TEXT NOT NULL,
    "editedById" TEXT NOT NULL,
    "editedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DevelopmentRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Actor" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DevelopmentActor" (
    "developmentId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,

    CONSTRAINT "DevelopmentActor_pkey" PRIMARY KEY ("developmentId","actorId")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DevelopmentTag" (
    "developmentId" TEXT NOT NULL,
    "tagId" TEXT NOT NULL,

    CONSTRAINT "DevelopmentTag_pkey" PRIMARY KEY ("developmentId","tagId")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "developmentId" TEXT NOT NULL,
    "url" TEXT,
    "citation" TEXT,
    "publisher" TEXT NOT NULL,
    "publishedOn" TIMESTAMP(3),
    "reliability" "SourceReliability" NOT NULL,
    "credibility" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceLink" (
    "id" TEXT NOT NULL,
    "developmentId" TEXT NOT NULL,
    "expectationId" TEXT NOT NULL,
    "stance" "Stance" NOT NULL,
    "rationale" TEXT NOT NULL,
    "origin" "LinkOrigin" NOT NULL DEFAULT 'ANALYST',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "EvidenceLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatusChange" (
    "id" TEXT NOT NULL,
    "expectationId" TEXT NOT NULL,
    "fromStatus" "ExpectationStatus" NOT NULL,
    "toStatus" "ExpectationStatus" NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorType" "ChangeActor" NOT NULL,
    "userId" TEXT,
    "jobName" TEXT,
    "jobRunId" TEXT,
    "ruleVersion" INTEGER,
    "netScore" DOUBLE PRECISION,
    "reason" TEXT NOT NULL,
    "evidenceIds" TEXT NOT NULL,

    CONSTRAINT "StatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoreSnapshot" (
    "id" TEXT NOT NULL,
    "expectationId" TEXT NOT NULL,
    "day" TIMESTAMP(3) NOT NULL,
    "netScore" DOUBLE PRECISION NOT NULL,
    "status" "ExpectationStatus" NOT NULL,
    "ruleVersion" INTEGER NOT NULL,
    "jobRunId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScoreSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobRun" (
    "id" TEXT NOT NULL,
    "job" TEXT NOT NULL,
    "slot" TIMESTAMP(3) NOT NULL,
    "instance" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),
    "outcome" "JobOutcome" NOT NULL DEFAULT 'RUNNING',
    "counts" TEXT,
    "error" TEXT,

    CONSTRAINT "JobRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "changes" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "session_token_key" ON "session"("token");

-- CreateIndex
CREATE INDEX "session_userId_idx" ON "session"("userId");

-- CreateIndex
CREATE INDEX "account_userId_idx" ON "account"("userId");

-- CreateIndex
CREATE INDEX "verification_identifier_idx" ON "verification"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "Survey_slug_key" ON "Survey"("slug");

-- CreateIndex
CREATE INDEX "Expectation_theme_position_idx" ON "Expectation"("theme", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Expectation_surveyId_key_key" ON "Expectation"("surveyId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "ExpectationReason_expectationId_position_key" ON "ExpectationReason"("expectationId", "position");

-- CreateIndex
CREATE INDEX "Development_deletedAt_occurredOn_idx" ON "Development"("deletedAt", "occurredOn");

-- CreateIndex
CREATE INDEX "Development_eventType_occurredOn_idx" ON "Development"("eventType", "occurredOn");

-- CreateIndex
CREATE UNIQUE INDEX "DevelopmentRevision_developmentId_version_key" ON "DevelopmentRevision"("developmentId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Actor_name_key" ON "Actor"("name");

-- CreateIndex
CREATE INDEX "DevelopmentActor_actorId_idx" ON "DevelopmentActor"("actorId");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_name_key" ON "Tag"("name");

-- CreateIndex
CREATE INDEX "DevelopmentTag_tagId_idx" ON "DevelopmentTag"("tagId");

-- CreateIndex
CREATE INDEX "Source_developmentId_idx" ON "Source"("developmentId");

-- CreateIndex
CREATE INDEX "EvidenceLink_expectationId_deletedAt_idx" ON "EvidenceLink"("expectationId", "deletedAt");

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceLink_developmentId_expectationId_key" ON "EvidenceLink"("developmentId", "expectationId");

-- CreateIndex
CREATE INDEX "StatusChange_expectationId_changedAt_idx" ON "StatusChange"("expectationId", "changedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ScoreSnapshot_expectationId_day_key" ON "ScoreSnapshot"("expectationId", "day");

-- CreateIndex
CREATE INDEX "JobRun_job_startedAt_idx" ON "JobRun"("job", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "JobRun_job_slot_key" ON "JobRun"("job", "slot");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account" ADD CONSTRAINT "account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Expectation" ADD CONSTRAINT "Expectation_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Expectation" ADD CONSTRAINT "Expectation_conditionId_fkey" FOREIGN KEY ("conditionId") REFERENCES "Expectation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpectationReason" ADD CONSTRAINT "ExpectationReason_expectationId_fkey" FOREIGN KEY ("expectationId") REFERENCES "Expectation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DevelopmentRevision" ADD CONSTRAINT "DevelopmentRevision_developmentId_fkey" FOREIGN KEY ("developmentId") REFERENCES "Development"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DevelopmentActor" ADD CONSTRAINT "DevelopmentActor_developmentId_fkey" FOREIGN KEY ("developmentId") REFERENCES "Development"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DevelopmentActor" ADD CONSTRAINT "DevelopmentActor_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DevelopmentTag" ADD CONSTRAINT "DevelopmentTag_developmentId_fkey" FOREIGN KEY ("developmentId") REFERENCES "Development"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DevelopmentTag" ADD CONSTRAINT "DevelopmentTag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_developmentId_fkey" FOREIGN KEY ("developmentId") REFERENCES "Development"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceLink" ADD CONSTRAINT "EvidenceLink_developmentId_fkey" FOREIGN KEY ("developmentId") REFERENCES "Development"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceLink" ADD CONSTRAINT "EvidenceLink_expectationId_fkey" FOREIGN KEY ("expectationId") REFERENCES "Expectation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusChange" ADD CONSTRAINT "StatusChange_expectationId_fkey" FOREIGN KEY ("expectationId") REFERENCES "Expectation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusChange" ADD CONSTRAINT "StatusChange_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreSnapshot" ADD CONSTRAINT "ScoreSnapshot_expectationId_fkey" FOREIGN KEY ("expectationId") REFERENCES "Expectation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

