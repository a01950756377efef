// Online backups of the SQLite file: a copy taken while another connection
// holds committed writes only in the WAL still has them; restore swaps the
// file in and keeps the old one; the daily job keeps the newest BACKUP_KEEP.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../lib/db-client";
import { sqliteFilePath } from "../../lib/db-url";
import { backupFileName, backupSqlite, integrityCheck, pruneBackups, restoreSqlite } from "../../lib/ops/sqlite-backup";
import { createSqliteDatabase, type TestDatabase } from "../support/test-databases";

describe("SQLite backup and restore", () => {
  let t: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    t = await createSqliteDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-backups-"));
  });
  afterAll(async () => {
    await t?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("copies writes still in the WAL, and restores them over a later state", async () => {
    const at = new Date("2025-07-01T00:00:00Z");
    for (let i = 0; i < 50; i++) await t.db.heartbeat.create({ data: { name: `before-${i}`, at } });
    const file = sqliteFilePath(t.url);
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0); // not yet checkpointed into the file

    const backup = path.join(dir, "copy.db");
    await backupSqlite(file, backup);
    expect(integrityCheck(backup)).toBe("ok");
    await t.db.heartbeat.create({ data: { name: "after-backup", at } });
    await t.db.$disconnect();

    const { keptAs } = restoreSqlite(backup, file, new Date("2025-07-02T00:00:00Z"));
    expect(keptAs && fs.existsSync(keptAs)).toBe(true);
    const restored = createDb(t.url);
    try {
      const names = (await restored.heartbeat.findMany({ select: { name: true } })).map((h) => h.name);
      expect(names.filter((n) => n.startsWith("before-"))).toHaveLength(50);
      expect(names).not.toContain("after-backup");
    } finally {
      await restored.$disconnect();
    }
  });

  it("refuses to overwrite an existing backup and keeps only the newest copies", async () => {
    const days = [1, 2, 3, 4, 5].map((d) => new Date(Date.UTC(2025, 6, d, 2, 40)));
    const names = days.map(backupFileName);
    for (const name of names) fs.writeFileSync(path.join(dir, name), "");
    fs.writeFileSync(path.join(dir, "notes.txt"), "not a backup");
    await expect(backupSqlite(sqliteFilePath(t.url), path.join(dir, names[0]!))).rejects.toThrow(/already exists/);
    expect(pruneBackups(dir, 2)).toEqual(names.slice(0, 3));
    expect(fs.readdirSync(dir).sort()).toEqual(["copy.db", ...names.slice(3), "notes.txt"].sort());
  });
});
