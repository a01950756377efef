// The audit log viewer's reads (issue 15) on SQLite and PostgreSQL: filters by
// person, kind of record and period, before/after, pages, admins only, and the
// CSV download with formula-looking text neutralised.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditCsv } from "../../lib/audit/audit-csv";
import { readAuditFilters } from "../../lib/audit/audit-filters";
import { auditFilterChoices, listAudit } from "../../lib/audit/list-audit";
import { changeRole } from "../../lib/users/change-role";
import { createUser } from "../../lib/users/create-user";
import { createTestActors, type TestActors } from "../support/actors";
import { DATABASE_KINDS, type TestDatabase } from "../support/test-databases";

const HEADER = ["at", "name", "email", "action", "kind", "record", "before", "after"];

describe.each(DATABASE_KINDS)("audit log on $kind", ({ create }) => {
  let t: TestDatabase;
  let actors: TestActors;
  let formulaId: string;

  beforeAll(async () => {
    t = await create();
    actors = await createTestActors(t.db);
    await changeRole(t.db, actors.admin, { userId: actors.viewer.userId, role: "analyst" });
    formulaId = (await createUser(t.db, actors.admin, { name: "=HYPERLINK(1)", email: "formula@example.test", password: "formula-pass-1", role: "viewer" })).id;
    // Rows of an earlier period, as other features write them.
    await t.db.auditLog.createMany({
      data: [
        {
          at: new Date("2025-03-01T23:59:00Z"),
          userId: actors.analyst.userId,
          action: "development.create",
          entityType: "Development",
          entityId: "d1",
          changes: '{"title":"Talks"}',
        },
        {
          at: new Date("2025-03-02T00:00:00Z"),
          userId: actors.analyst.userId,
          action: "development.update",
          entityType: "Development",
          entityId: "d1",
          changes: '{"before":{"title":"Talks"},"after":{"title":"Summit"}}',
        },
        { at: new Date("2025-03-03T00:00:00Z"), userId: null, action: "job.evaluate", entityType: "Expectation", entityId: "e1", changes: null },
      ],
    });
  });
  afterAll(async () => t?.drop());

  it("is for admins only", async () => {
    await expect(listAudit(t.db, actors.analyst, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(auditCsv(t.db, null, {}, HEADER)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("shows who changed what, newest first, with before and after", async () => {
    const { rows, total } = await listAudit(t.db, actors.admin, {});
    expect(total).toBe(8);
    const role = rows.find((r) => r.action === "user.role");
    expect(role).toMatchObject({
      user: { name: "Ada Admin" },
      entityType: "User",
      entityId: actors.viewer.userId,
      before: { role: "viewer" },
      after: { role: "analyst" },
    });
    expect(rows.map((r) => r.at.getTime())).toEqual([...rows.map((r) => r.at.getTime())].sort((a, b) => b - a));
    const created = rows.find((r) => r.action === "development.create");
    expect(created).toMatchObject({ before: null, after: { title: "Talks" } });
  });

  it("filters by person, kind of record and whole UTC days", async () => {
    const byAnalyst = await listAudit(t.db, actors.admin, { person: actors.analyst.userId });
    expect(byAnalyst.rows.map((r) => r.action).sort()).toEqual(["development.create", "development.update"]);
    const users = await listAudit(t.db, actors.admin, { kind: "User" });
    expect(users.rows.every((r) => r.entityType === "User")).toBe(true);
    expect(users.total).toBe(5);
    const day = await listAudit(t.db, actors.admin, readAuditFilters(new URLSearchParams("from=2025-03-02&to=2025-03-02")));
    expect(day.rows.map((r) => r.action)).toEqual(["development.update"]);
    const span = await listAudit(t.db, actors.admin, readAuditFilters(new URLSearchParams("from=2025-03-01&to=2025-03-03&kind=Development")));
    expect(span.total).toBe(2);
    // A hand-edited, malformed filter widens the view instead of failing.
    expect(readAuditFilters(new URLSearchParams("from=2025-02-30&kind=<script>&page=-1"))).toEqual({});
    const choices = await auditFilterChoices(t.db, actors.admin);
    expect(choices.kinds).toEqual(["Development", "Expectation", "User"]);
  });

  it("exports the filtered rows as CSV with formulas neutralised", async () => {
    const csv = await auditCsv(t.db, actors.admin, { kind: "User" }, HEADER);
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe(HEADER.join(","));
    expect(lines.filter((l) => /^\d{4}-/.test(l))).toHaveLength(5);
    const formula = lines.find((l) => l.includes(formulaId))!;
    expect(formula).toContain("Ada Admin");
    expect(csv).toContain('"name: =HYPERLINK(1)\nemail: formula@example.test\nrole: viewer"');
    const byFormula = await auditCsv(t.db, actors.admin, { person: formulaId }, HEADER);
    expect(byFormula.split("\r\n")).toHaveLength(2);
    // A person whose name begins with "=" appears as text, not a formula.
    await t.db.auditLog.create({ data: { userId: formulaId, action: "user.locale", entityType: "User", entityId: formulaId, changes: '{"locale":"ko"}' } });
    const theirs = await auditCsv(t.db, actors.admin, { person: formulaId }, HEADER);
    expect(theirs.split("\r\n")[1]).toMatch(/^[^,]+,'=HYPERLINK\(1\),formula@example\.test,user\.locale,/);
  });
});
