// A notification about a development that has since been deleted must not
// show its title (or itself) to anyone who cannot see deleted developments;
// admins, who can restore it, still see it. SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteDevelopment } from "../../lib/developments/delete-development";
import { logDevelopment } from "../../lib/developments/log-development";
import { countUnseen, listNotifications } from "../../lib/notifications/list-notifications";
import { createTestActors, type TestActors } from "../support/actors";
import { DATABASE_KINDS, type TestDatabase } from "../support/test-databases";

const now = new Date("2025-07-01T12:00:00Z");
const development = (title: string) => ({
  occurredOn: "2025-06-30",
  datePrecision: "DAY",
  title,
  eventType: "STATEMENT",
  sources: [{ citation: "KCNA statement", publisher: "KCNA", reliability: "C", credibility: 3 }],
});

describe.each(DATABASE_KINDS)("notifications on $kind", ({ create }) => {
  let t: TestDatabase;
  let actors: TestActors;
  beforeAll(async () => {
    t = await create();
    actors = await createTestActors(t.db);
  });
  afterAll(async () => t?.drop());

  it("hides notifications about deleted developments from viewers and analysts, not from admins", async () => {
    const kept = await logDevelopment(t.db, actors.analyst, development("Kept statement"), now);
    const gone = await logDevelopment(t.db, actors.analyst, development("Secret deleted title"), now);
    for (const d of [kept, gone]) {
      await t.db.notification.create({ data: { createdAt: now, kind: "UNLINKED", developmentId: d.id, message: "notifications.unlinkedMessage|days=7" } });
    }
    await deleteDevelopment(t.db, actors.analyst, gone.id, now);
    for (const reader of [actors.viewer, actors.analyst]) {
      const { items } = await listNotifications(t.db, reader);
      expect(items.map((n) => n.development?.title)).toEqual(["Kept statement"]);
      expect(await countUnseen(t.db, reader)).toBe(1);
    }
    const { items } = await listNotifications(t.db, actors.admin);
    expect(items.map((n) => n.development?.title).sort()).toEqual(["Kept statement", "Secret deleted title"]);
    expect(await countUnseen(t.db, actors.admin)).toBe(2);
  });
});
