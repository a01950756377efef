import Link from "next/link";
import { expectationSensitivity } from "@/lib/analysis/expectation-sensitivity";
import { fragilitySentence, takeSentences, warningSentences } from "@/lib/analysis/sensitivity-words";
import { signedInActor } from "@/lib/web/auth/current-actor";
import { asOfFrom } from "@/lib/dashboard/as-of";
import { getDb } from "@/lib/db";
import { formatGrade, dateOf, dayOf } from "@/lib/judgement/rule";
import { serverI18n } from "@/lib/web/i18n/server";

const SHOWN = 20;

/** What carries the status on a day: each link's share, what would flip it, warnings, what it would take. */
export async function SensitivitySection({ id, asOfParam }: { id: string; asOfParam?: string }) {
  const { t, f } = await serverI18n();
  const asOf = asOfFrom(asOfParam, new Date());
  const s = await expectationSensitivity(getDb(), await signedInActor(), { id, day: dayOf(asOf.at) });
  const k = (key: string, v?: Record<string, string | number>) => t(`instruments.sensitivity.${key}`, v);
  const name = (devId: string) => {
    const d = s.developments.get(devId);
    return d ? <Link href={`/developments/${d.id}`}>{d.title}</Link> : devId;
  };
  const warnings = warningSentences(t, s);
  return (
    <section aria-labelledby="sensitivity-heading" data-testid="sensitivity">
      <h2 id="sensitivity-heading">{k("title")}</h2>
      <p className="meta">{k("intro")}</p>
      <form method="get" className="inline as-of" aria-label={k("asOfForm")}>
        <div className="field">
          <label htmlFor="sensitivity-as-of">{k("asOf")}</label>
          <input id="sensitivity-as-of" name="asOf" type="date" defaultValue={asOf.day} max={new Date().toISOString().slice(0, 10)} />
        </div>
        <button type="submit">{k("show")}</button>
        {!asOf.isToday ? <a href={`/expectations/${id}`}>{k("today")}</a> : null}
      </form>
      <p data-testid="sensitivity-state">{k("state", { date: f.date(dateOf(dayOf(asOf.at))), status: t(`status.${s.status}`), net: f.number(s.net) })}</p>
      {warnings.map((w) => (
        <p key={w} className="notice" role="note" data-testid="sensitivity-warning">
          {w}
        </p>
      ))}
      {s.settled === "override" ? (
        <p>{k("settled.override")}</p>
      ) : s.robust ? (
        <>
          <p data-testid="robustness">{fragilitySentence(t, s)}</p>
          {s.smallest ? (
            <>
              <p>{k("smallestSet", { n: s.smallest.developmentIds.length, status: t(`status.${s.smallest.becomes}`) })}</p>
              <ul>
                {s.smallest.developmentIds.slice(0, SHOWN).map((d) => (
                  <li key={d}>{name(d)}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>{k("noSet")}</p>
          )}
        </>
      ) : (
        <>
          <p data-testid="robustness">
            <strong>{k("fragile")}</strong>
          </p>
          <ul aria-label={k("flipsLabel")} data-testid="flips">
            {s.flips.map((x) => (
              <li key={x.developmentIds[0]}>
                {name(x.developmentIds[0]!)} — {k("flip", { status: t(`status.${x.becomes}`) })}
              </li>
            ))}
          </ul>
        </>
      )}
      {s.outletFlips.length ? (
        <ul>
          {s.outletFlips.map((o) => (
            <li key={o.outlet}>{k("outletFlip", { outlet: o.outlet, status: t(`status.${o.becomes}`) })}</li>
          ))}
        </ul>
      ) : null}

      <h3>{k("takeTitle")}</h3>
      <ul data-testid="what-it-would-take">
        {takeSentences(t, f, s).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>

      <h3>{k("sharesTitle")}</h3>
      {s.contributions.length === 0 ? (
        <p className="empty">{k("noLinks")}</p>
      ) : (
        <div className="table-scroll" tabIndex={0}>
          <table data-testid="shares">
            <thead>
              <tr>
                <th scope="col">{k("development")}</th>
                <th scope="col">{k("date")}</th>
                <th scope="col">{k("grade")}</th>
                <th scope="col">{k("weight")}</th>
                <th scope="col">{k("share")}</th>
              </tr>
            </thead>
            <tbody>
              {s.contributions.slice(0, SHOWN).map((c) => (
                <tr key={c.linkId}>
                  <th scope="row">{name(c.developmentId)}</th>
                  <td>{f.date(dateOf(c.day))}</td>
                  <td>{c.grade ? formatGrade(c.grade) : t("common.none")}</td>
                  <td>{f.number(c.weight)}</td>
                  <td>{c.share === null ? "—" : f.percent(c.share)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {s.contributions.length > SHOWN ? <p className="meta">{k("more", { n: s.contributions.length - SHOWN })}</p> : null}
        </div>
      )}
    </section>
  );
}
