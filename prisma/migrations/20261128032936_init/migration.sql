-- CreateTable
CREATE TABLE "user" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" TEXT NOT NULL DEFAULT 'viewer',
    "banned" BOOLEAN DEFAULT false,
    "banReason" TEXT,
    "banExpires" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "token" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "impersonatedBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "userId" TEXT NOT NULL,
    CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "account" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" DATETIME,
    "refreshTokenExpiresAt" DATETIME,
    "scope" TEXT,
    "password" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "verification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Installation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "adminUserId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Survey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "panelSize" INTEGER NOT NULL,
    "panelDescription" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "fieldworkStart" DATETIME NOT NULL,
    "fieldworkEnd" DATETIME NOT NULL,
    "publishedOn" DATETIME NOT NULL,
    "sourceReference" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Expectation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "surveyId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "statement" TEXT NOT NULL,
    "panelShare" REAL,
    "kind" TEXT NOT NULL,
    "resolutionCriteria" TEXT NOT NULL,
    "deadline" DATETIME,
    "conditionId" TEXT,
    "questionGroup" TEXT,
    "answerLabel" TEXT,
    "confirmThreshold" REAL NOT NULL DEFAULT 3,
    "contradictThreshold" REAL NOT NULL DEFAULT -3,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "statusChangedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Expectation_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Expectation_conditionId_fkey" FOREIGN KEY ("conditionId") REFERENCES "Expectation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ExpectationReason" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expectationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    CONSTRAINT "ExpectationReason_expectationId_fkey" FOREIGN KEY ("expectationId") REFERENCES "Expectation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Development" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "occurredOn" DATETIME NOT NULL,
    "datePrecision" TEXT NOT NULL DEFAULT 'DAY',
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "eventType" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    "deletedById" TEXT
);

-- CreateTable
CREATE TABLE "DevelopmentRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "developmentId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "snapshot" TEXT NOT NULL,
    "editedById" TEXT NOT NULL,
    "editedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DevelopmentRevision_developmentId_fkey" FOREIGN KEY ("developmentId") REFERENCES "Development" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Actor" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "DevelopmentActor" (
    "developmentId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,

    PRIMARY KEY ("developmentId", "actorId"),
    CONSTRAINT "DevelopmentActor_developmentId_fkey" FOREIGN KEY ("developmentId") REFERENCES "Development" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DevelopmentActor_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "DevelopmentTag" (
    "developmentId" TEXT NOT NULL,
    "tagId" TEXT NOT NULL,

    PRIMARY KEY ("developmentId", "tagId"),
    CONSTRAINT "DevelopmentTag_developmentId_fkey" FOREIGN KEY ("developmentId") REFERENCES "Development" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DevelopmentTag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "developmentId" TEXT NOT NULL,
    "url" TEXT,
    "citation" TEXT,
    "publisher" TEXT NOT NULL,
    "publishedOn" DATETIME,
    "reliability" TEXT NOT NULL,
    "credibility" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" DATETIME,
    CONSTRAINT "Source_developmentId_fkey" FOREIGN KEY ("developmentId") REFERENCES "Development" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EvidenceLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "developmentId" TEXT NOT NULL,
    "expectationId" TEXT NOT NULL,
    "stance" TEXT NOT NULL,
    "rationale" TEXT NOT NULL,
    "origin" TEXT NOT NULL DEFAULT 'ANALYST',
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "EvidenceLink_developmentId_fkey" FOREIGN KEY ("developmentId") REFERENCES "Development" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "EvidenceLink_expectationId_fkey" FOREIGN KEY ("expectationId") REFERENCES "Expectation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StatusChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expectationId" TEXT NOT NULL,
    "fromStatus" TEXT NOT NULL,
    "toStatus" TEXT NOT NULL,
    "changedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorType" TEXT NOT NULL,
    "userId" TEXT,
    "jobName" TEXT,
    "jobRunId" TEXT,
    "ruleVersion" INTEGER,
    "netScore" REAL,
    "reason" TEXT NOT NULL,
    "evidenceIds" TEXT NOT NULL,
    CONSTRAINT "StatusChange_expectationId_fkey" FOREIGN KEY ("expectationId") REFERENCES "Expectation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "StatusChange_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ScoreSnapshot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expectationId" TEXT NOT NULL,
    "day" DATETIME NOT NULL,
    "netScore" REAL NOT NULL,
    "status" TEXT NOT NULL,
    "ruleVersion" INTEGER NOT NULL,
    "jobRunId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ScoreSnapshot_expectationId_fkey" FOREIGN KEY ("expectationId") REFERENCES "Expectation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "JobRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "job" TEXT NOT NULL,
    "slot" DATETIME NOT NULL,
    "instance" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME,
    "outcome" TEXT NOT NULL DEFAULT 'RUNNING',
    "counts" TEXT,
    "error" TEXT
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "changes" TEXT,
    CONSTRAINT "AuditLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
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

