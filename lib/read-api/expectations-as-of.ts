// The read API's expectations: each with its status on a given day (valid
// time, "as happened": docs/decisions/0040) and its status history up to that
// day, in the shape lib/read-api/schemas.ts documents.
import type { Db } from "../db-client";
import type { Actor } from "../auth/actor";
import { judgedAsOf, stateOf } from "../judgement/judged-as-of";
import { dayOf } from "../judgement/rule";
import { requireAbility } from "../auth/actor";
import type { ExpectationsResponse } from "./schemas";

export async function expectationsAsOf(db: Db, actor: Actor | null, day: string): Promise<ExpectationsResponse> {
  requireAbility(actor, "read");
  const [judged, rows] = await Promise.all([
    judgedAsOf(db, actor, { day: dayOf(new Date(`${day}T00:00:00Z`)), knownThen: false }),
    db.expectation.findMany({
      orderBy: [{ theme: "asc" }, { position: "asc" }],
      select: { id: true, key: true, theme: true, statement: true, statementKo: true, panelShare: true, kind: true, deadline: true },
    }),
  ]);
  return {
    asOf: day,
    expectations: rows.map((e) => {
      const state = stateOf(judged, e.id);
      return {
        id: e.id,
        key: e.key,
        theme: e.theme,
        statement: e.statement,
        statementKo: e.statementKo,
        panelShare: e.panelShare,
        kind: e.kind,
        deadline: e.deadline ? e.deadline.toISOString().slice(0, 10) : null,
        status: state.status,
        netScore: state.net,
        reason: state.reason,
        history: judged.history
          .filter((h) => h.expectationId === e.id)
          .map((h) => ({ validFrom: h.validFrom.toISOString(), from: h.from, to: h.to, reason: h.reason, mode: h.mode })),
      };
    }),
  };
}
