import { CREDIBILITY, RELIABILITY } from "@/lib/developments/admiralty";

/** The Admiralty code explained where analysts grade, for those who do not know it. */
export function AdmiraltyHelp() {
  return (
    <details className="help">
      <summary>How to grade a source (the Admiralty code)</summary>
      <p>Grade two things separately: how reliable the source has been, and how credible this piece of information is. F and 6 mean there is no basis to judge, not that it is the worst.</p>
      <div className="two-col">
        <dl>{RELIABILITY.map((r) => <div key={r.key}><dt>{r.key}: {r.label}</dt><dd>{r.hint}</dd></div>)}</dl>
        <dl>{CREDIBILITY.map((c) => <div key={c.value}><dt>{c.value}: {c.label}</dt><dd>{c.hint}</dd></div>)}</dl>
      </div>
    </details>
  );
}
