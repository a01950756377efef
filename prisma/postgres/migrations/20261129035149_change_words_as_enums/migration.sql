-- Three words that were free strings become enums. Written by hand: the
-- generated diff dropped and re-added each column, which would lose every
-- existing value; ALTER ... TYPE ... USING converts them in place (and keeps
-- the index on Notification.kind).

CREATE TYPE "ChangeMode" AS ENUM ('RULE', 'OVERRIDE', 'RELEASE');
CREATE TYPE "RevisionCause" AS ENUM ('RULE_VERSION', 'EVIDENCE');
CREATE TYPE "NotificationKind" AS ENUM ('CONFIRMED', 'CONTRADICTED', 'VOIDED', 'RULED_OUT', 'STALE', 'UNLINKED', 'OVERRIDE_REVIEW');

ALTER TABLE "StatusChange" ALTER COLUMN "mode" DROP DEFAULT;
ALTER TABLE "StatusChange" ALTER COLUMN "mode" TYPE "ChangeMode" USING "mode"::"ChangeMode";
ALTER TABLE "StatusChange" ALTER COLUMN "mode" SET DEFAULT 'RULE';

ALTER TABLE "JudgementRevision" ALTER COLUMN "cause" TYPE "RevisionCause" USING "cause"::"RevisionCause";

ALTER TABLE "Notification" ALTER COLUMN "kind" TYPE "NotificationKind" USING "kind"::"NotificationKind";
