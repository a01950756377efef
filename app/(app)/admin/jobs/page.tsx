// Scheduler health for admins: every job, its schedule, its latest runs.
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { JOBS } from "@/jobs/registry";
import { signedInActor } from "@/lib/web/auth/current-actor";
import { roleCan } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { serverI18n } from "@/lib/web/i18n/server";
import { listJobHealth } from "@/lib/jobs/job-health";
import { RunNowButton } from "./run-now-button";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations())("jobs.title") };
}

function duration(ms: number | null): string {
  if (ms === null) return "—";
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export default async function JobsPage() {
  const actor = await signedInActor();
  if (!roleCan(actor.role, "manage:users")) redirect("/?notice=admin-only");
  const jobs = await listJobHealth(getDb(), actor, JOBS);
  const { t, f } = await serverI18n();
  const j = (key: string, values?: Record<string, string | number>) => t(`jobs.${key}`, values);
  return (
    <main>
      <h1>{j("title")}</h1>
      <p className="meta">{j("note")}</p>
      {jobs.map((job) => (
        <section key={job.name} aria-labelledby={`job-${job.name}`}>
          <h2 id={`job-${job.name}`}>
            <code>{job.name}</code>
          </h2>
          <p className="meta">
            {job.description} · {job.cron ? j("schedule", { cron: job.cron }) : j("manualOnly")}
          </p>
          <RunNowButton job={job.name} />
          {job.runs.length === 0 ? (
            <p className="meta">{j("noRuns")}</p>
          ) : (
            <div className="table-scroll" tabIndex={0}>
              <table className="cards">
                <caption className="meta">{j("caption", { job: job.name })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{j("started")}</th>
                    <th scope="col">{j("outcome")}</th>
                    <th scope="col">{j("duration")}</th>
                    <th scope="col">{j("counts")}</th>
                    <th scope="col">{j("instance")}</th>
                    <th scope="col">{j("error")}</th>
                  </tr>
                </thead>
                <tbody>
                  {job.runs.map((r) => (
                    <tr key={r.id}>
                      <td data-label={j("started")}>{`${f.date(r.startedAt)} ${f.time(r.startedAt)}`}</td>
                      <td data-label={j("outcome")}>
                        {j(`outcomes.${r.outcome}`)}
                        {r.attempt > 1 ? ` ${j("retry")}` : ""}
                      </td>
                      <td data-label={j("duration")}>{duration(r.durationMs)}</td>
                      <td data-label={j("counts")} className="break">
                        {r.counts
                          ? Object.entries(r.counts)
                              .map(([k, v]) => `${k}: ${v}`)
                              .join(", ")
                          : "—"}
                      </td>
                      <td data-label={j("instance")} className="break">
                        {r.instance}
                      </td>
                      <td data-label={j("error")} className="break">
                        {r.error ?? "—"}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </main>
  );
}
