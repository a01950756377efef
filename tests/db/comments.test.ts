// Comments under developments and expectations (decision 0081): plain text,
// soft removal, and "@name" / "@email" of a person notifies them once, for them only.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { seedBaseline } from "../../lib/baseline/seed-baseline";
import { addComment } from "../../lib/comments/add-comment";
import { findMentions } from "../../lib/comments/find-mentions";
import { listComments } from "../../lib/comments/list-comments";
import { removeComment } from "../../lib/comments/remove-comment";
import { listNotifications } from "../../lib/notifications/list-notifications";
import { ifes2025Baseline } from "../../prisma/baseline/ifes-2025";
import { createTestActors, type TestActors } from "../support/actors";
import { DATABASE_KINDS, type TestDatabase } from "../support/test-databases";

const NOW = new Date("2026-11-29T10:00:00Z");

describe("findMentions", () => {
  const people = [
    { id: "a", name: "Ana", email: "ana@example.test" },
    { id: "b", name: "Ana Analyst", email: "b@example.test" },
    { id: "c", name: "Vic Viewer", email: "vic@example.test" },
  ];
  it("matches names and addresses, longest first, case-insensitively, each person once", () => {
    expect(findMentions("@ana analyst and @VIC@example.test, again @Vic Viewer.", people).sort()).toEqual(["b", "c"]);
    expect(findMentions("ask @Ana.", people)).toEqual(["a"]);
    expect(findMentions("mail ana@example.test or @Anal", people)).toEqual([]);
  });
});

describe.each(DATABASE_KINDS)("comments on $kind", ({ create }) => {
  let t: TestDatabase;
  let actors: TestActors;
  let expectationId: string;

  beforeEach(async () => {
    t = await create();
    await seedBaseline(t.db, ifes2025Baseline);
    actors = await createTestActors(t.db);
    expectationId = (await t.db.expectation.findFirstOrThrow({ select: { id: true } })).id;
  });
  afterAll(async () => t?.drop());

  it("a mention notifies that person once, and only them", async () => {
    const target = { kind: "expectation", id: expectationId } as const;
    const r = await addComment(t.db, actors.analyst, target, { body: "@Vic Viewer see this; @vic@example.test too. @Ana Analyst noted." }, NOW);
    expect(r.mentioned).toBe(1);
    const forVic = (await listNotifications(t.db, actors.viewer)).items.filter((n) => n.kind === "MENTION");
    expect(forVic).toHaveLength(1);
    expect(forVic[0]).toMatchObject({ expectationId, message: "comments.mentioned|name=Ana Analyst" });
    expect((await listNotifications(t.db, actors.admin)).items.filter((n) => n.kind === "MENTION")).toEqual([]);
    expect((await listComments(t.db, actors.viewer, target)).map((c) => [c.author, c.canRemove])).toEqual([["Ana Analyst", false]]);
  });

  it("viewers cannot comment; only the author or an admin removes, softly", async () => {
    const target = { kind: "expectation", id: expectationId } as const;
    await expect(addComment(t.db, actors.viewer, target, { body: "hi" }, NOW)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(addComment(t.db, actors.analyst, target, { body: "  " }, NOW)).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(addComment(t.db, actors.analyst, { kind: "development", id: "nope" }, { body: "hi" }, NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const { id } = await addComment(t.db, actors.admin, target, { body: "An admin's note." }, NOW);
    await expect(removeComment(t.db, actors.analyst, id, NOW)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await removeComment(t.db, actors.admin, id, NOW);
    expect(await listComments(t.db, actors.analyst, target)).toEqual([]);
    expect(await t.db.comment.count()).toBe(1);
  });
});
