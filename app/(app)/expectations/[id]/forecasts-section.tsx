// The team's forecasts on one expectation: the team's probability now, and
// every forecast kept, newest first (docs/decisions/0096).
import { getDb } from "@/lib/db";
import { roleCan } from "@/lib/auth/roles";
import { listForecasts } from "@/lib/forecasts/list-forecasts";
import { signedInActor } from "@/lib/web/auth/current-actor";
import { serverI18n } from "@/lib/web/i18n/server";
import { ForecastForm, RemoveForecast } from "./forecast-form";

export async function ForecastsSection({ id }: { id: string }) {
  const actor = await signedInActor();
  const { t, f } = await serverI18n();
  const { team, forecasts } = await listForecasts(getDb(), actor, id);
  const canWrite = roleCan(actor.role, "write:evidence");
  return (
    <section aria-labelledby="forecasts-heading">
      <h2 id="forecasts-heading">{t("forecasts.title")}</h2>
      <p className="meta">{t("forecasts.intro")}</p>
      <p data-testid="team-probability">{team ? t("forecasts.team", { p: f.percent(team.probability), n: team.forecasters }) : t("forecasts.none")}</p>
      {forecasts.length ? (
        <div className="table-scroll" tabIndex={0}>
          <table data-testid="forecasts">
            <thead>
              <tr>
                <th scope="col">{t("forecasts.madeOn")}</th>
                <th scope="col">{t("forecasts.who")}</th>
                <th scope="col">{t("forecasts.probabilityShort")}</th>
                <th scope="col">{t("forecasts.reason")}</th>
                {canWrite ? <th scope="col">{t("forecasts.actions")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {forecasts.map((row) => (
                <tr key={row.id}>
                  <td>{f.date(row.madeOn)}</td>
                  <td>
                    {row.author}
                    {row.latest ? null : <span className="meta"> · {t("forecasts.earlier")}</span>}
                  </td>
                  <td>{f.percent(row.probability / 100)}</td>
                  <td>{row.reason}</td>
                  {canWrite ? <td>{row.userId === actor.userId || actor.role === "admin" ? <RemoveForecast id={row.id} /> : null}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {canWrite ? (
        <>
          <h3>{t("forecasts.add")}</h3>
          <ForecastForm id={id} today={new Date().toISOString().slice(0, 10)} />
        </>
      ) : null}
    </section>
  );
}
