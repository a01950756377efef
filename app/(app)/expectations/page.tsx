import Link from "next/link";
import { PanelShare } from "@/app/components/panel-share";
import { StatusBadge } from "@/app/components/status-badge";
import { signedInActor } from "@/lib/auth/current-actor";
import { getDb } from "@/lib/db";
import { listExpectationsByTheme } from "@/lib/expectations/list-expectations";
import { formatDate } from "@/lib/format";

export const dynamic = "force-dynamic";
export const metadata = { title: "Expectations" };

export default async function ExpectationsPage() {
  const groups = await listExpectationsByTheme(getDb(), await signedInActor());
  return (
    <main>
      <h1>What the experts expected</h1>
      <p className="meta">
        Baseline: Kyungnam University IFES survey of 40 Korean diplomacy and security experts, fieldwork 10–20 Jan 2025.
      </p>
      {groups.length === 0 ? <p className="empty">No baseline loaded yet. Run npm run db:seed.</p> : null}
      {groups.map((group) => (
        <section key={group.theme} aria-labelledby={`theme-${group.theme}`}>
          <h2 id={`theme-${group.theme}`}>{group.label}</h2>
          {group.expectations.map((e) => (
            <article key={e.id} className="card" aria-label={e.statement}>
              <h3>
                <Link href={`/expectations/${e.id}`}>{e.statement}</Link>
              </h3>
              <p className="meta">
                <PanelShare share={e.panelShare} />
                {e.answerLabel ? <> · answer: {e.answerLabel}</> : null} · <StatusBadge status={e.status} /> · due{" "}
                {formatDate(e.deadline)} · {e._count.evidenceLinks} evidence
                {e.condition ? <> · only if: {e.condition.statement}</> : null}
              </p>
            </article>
          ))}
        </section>
      ))}
    </main>
  );
}
