-- Four words that were free strings become enums (docs/decisions/0042).
-- Prisma keeps enums as TEXT on SQLite, so only the values need to change:
-- the one token scope ever written was lower case. Written by hand: the
-- generated diff rebuilt the ApiToken table just to change its default.
UPDATE "ApiToken" SET "scope" = 'READ' WHERE "scope" = 'read';
