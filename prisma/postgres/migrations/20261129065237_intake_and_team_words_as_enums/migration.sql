-- Four words that were free strings become enums (docs/decisions/0042).
-- Written by hand: the generated diff dropped and re-added each column, which
-- would lose every value; ALTER ... TYPE ... USING converts them in place and
-- keeps the index on FeedItem (triage, fetchedAt).

CREATE TYPE "SignInOutcome" AS ENUM ('FAILED', 'SUCCEEDED', 'REFUSED');
CREATE TYPE "ApiTokenScope" AS ENUM ('READ');
CREATE TYPE "FeedStatus" AS ENUM ('NEW', 'OK', 'FAILING');
CREATE TYPE "TriageState" AS ENUM ('NEW', 'ACCEPTED', 'DISMISSED');

ALTER TABLE "SignInAttempt" ALTER COLUMN "outcome" TYPE "SignInOutcome" USING "outcome"::"SignInOutcome";

ALTER TABLE "ApiToken" ALTER COLUMN "scope" DROP DEFAULT;
ALTER TABLE "ApiToken" ALTER COLUMN "scope" TYPE "ApiTokenScope" USING upper("scope")::"ApiTokenScope";
ALTER TABLE "ApiToken" ALTER COLUMN "scope" SET DEFAULT 'READ';

ALTER TABLE "Feed" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Feed" ALTER COLUMN "status" TYPE "FeedStatus" USING "status"::"FeedStatus";
ALTER TABLE "Feed" ALTER COLUMN "status" SET DEFAULT 'NEW';

ALTER TABLE "FeedItem" ALTER COLUMN "triage" DROP DEFAULT;
ALTER TABLE "FeedItem" ALTER COLUMN "triage" TYPE "TriageState" USING "triage"::"TriageState";
ALTER TABLE "FeedItem" ALTER COLUMN "triage" SET DEFAULT 'NEW';
