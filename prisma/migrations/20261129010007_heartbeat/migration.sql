-- CreateTable
CREATE TABLE "Heartbeat" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "at" DATETIME NOT NULL
);

