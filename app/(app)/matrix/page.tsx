// The evidence matrix (analysis of competing hypotheses): developments ×
// the expectations of one theme or the answers of one question, as of a day,
// filtered by period and grade, sorted by diagnosticity, weight or date.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MatrixGrid } from "@/app/components/instruments/matrix-grid";
import { currentSurveyForPage } from "@/app/components/surveys/current";
import { SurveySwitcher } from "@/app/components/surveys/survey-switcher";
import { evidenceMatrix } from "@/lib/analysis/evidence-matrix";
import { matrixQueryFrom, matrixSearch, type MatrixParams } from "@/lib/analysis/matrix-params";
import { signedInActor } from "@/lib/web/auth/current-actor";
import { getDb } from "@/lib/db";
import { answerLabelIn, statementIn } from "@/lib/expectations/localize";
import { serverI18n } from "@/lib/web/i18n/server";
import { dateOf, formatGrade } from "@/lib/judgement/rule";
import { MATRIX_SORTS } from "@/lib/instruments/matrix";

export const dynamic = "force-dynamic";
const PAGE = 100;

export async function generateMetadata() {
  return { title: (await getTranslations())("instruments.matrix.title") };
}

export default async function MatrixPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const pick = (k: string) => (typeof raw[k] === "string" ? (raw[k] as string) : undefined);
  const params: MatrixParams = {
    scope: pick("scope"),
    asOf: pick("asOf"),
    from: pick("from"),
    to: pick("to"),
    grade: pick("grade"),
    sort: pick("sort"),
    page: pick("page"),
  };
  const { t, f, locale } = await serverI18n();
  const q = matrixQueryFrom(params, new Date());
  const survey = await currentSurveyForPage();
  const view = await evidenceMatrix(getDb(), await signedInActor(), { ...q, surveyId: survey?.id, offset: q.page * PAGE, limit: PAGE });
  // The scope shown: the one asked for, or the survey's first when the default is not one of its own.
  q.params.scope = view.scope;
  const k = (key: string, v?: Record<string, string | number>) => t(`instruments.matrix.${key}`, v);
  const scopeLabel = (s: { kind: string; key: string; theme: string }) =>
    s.kind === "theme" ? k("scopeTheme", { theme: t(`themes.${s.key}`) }) : k("scopeQuestion", { theme: t(`themes.${s.theme}`) });
  const href = (over: Partial<MatrixParams>) => `/matrix${matrixSearch({ ...q.params, ...over })}`;
  const sortHeader = (sort: (typeof MATRIX_SORTS)[number]) =>
    q.sort === sort ? <span aria-current="true">{k(`sort.${sort}`)} ▼</span> : <Link href={href({ sort, page: undefined })}>{k(`sort.${sort}`)}</Link>;
  const stance = (c: { stance: string; weight: number; decisive: string } | null) =>
    c ? (
      <span className={`stance ${c.weight > 0 ? "pro" : c.weight < 0 ? "con" : ""}`}>
        {t(`stances.${c.stance}`)} ({f.number(c.weight)}){c.decisive !== "NONE" ? ` · ${t(`evidence.decisiveMark.${c.decisive}`)}` : ""}
      </span>
    ) : (
      <span className="meta">—</span>
    );
  const header = [
    k("development"),
    sortHeader("date"),
    k("grade"),
    ...view.columns.map((c) => answerLabelIn(locale, c) ?? statementIn(locale, c)),
    sortHeader("weight"),
    sortHeader("diagnosticity"),
  ];
  const rows = view.rows.map((r) => ({
    key: r.developmentId,
    cells: [
      <Link key="t" href={`/developments/${r.developmentId}`}>
        {r.title}
      </Link>,
      f.date(dateOf(r.day)),
      r.grade ? formatGrade(r.grade) : t("common.none"),
      ...r.cells.map(stance),
      f.number(r.weight),
      <span key="d" data-testid="diagnosticity">
        {f.number(r.diagnosticity)}
      </span>,
    ],
  }));
  const pages = Math.max(1, Math.ceil(view.total / PAGE));
  return (
    <main>
      <h1>{k("title")}</h1>
      <SurveySwitcher />
      <p className="meta">{k("intro")}</p>
      <form method="get" className="filters" aria-label={k("filters")}>
        <div className="field">
          <label htmlFor="matrix-scope">{k("scope")}</label>
          <select id="matrix-scope" name="scope" defaultValue={q.params.scope}>
            {view.scopes.map((s) => (
              <option key={`${s.kind}:${s.key}`} value={`${s.kind}:${s.key}`}>
                {scopeLabel(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="matrix-as-of">{k("asOf")}</label>
          <input id="matrix-as-of" name="asOf" type="date" defaultValue={q.params.asOf} max={new Date().toISOString().slice(0, 10)} />
        </div>
        <div className="field">
          <label htmlFor="matrix-from">{k("from")}</label>
          <input id="matrix-from" name="from" type="date" defaultValue={q.params.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="matrix-to">{k("to")}</label>
          <input id="matrix-to" name="to" type="date" defaultValue={q.params.to ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="matrix-grade">{k("minGrade")}</label>
          <select id="matrix-grade" name="grade" defaultValue={q.params.grade ?? ""}>
            <option value="">{t("common.any")}</option>
            {["A1", "A2", "B1", "B2", "B3", "C2", "C3", "D4"].map((g) => (
              <option key={g} value={g}>
                {k("gradeOrBetter", { grade: g })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="matrix-sort">{k("sortBy")}</label>
          <select id="matrix-sort" name="sort" defaultValue={q.sort}>
            {MATRIX_SORTS.map((s) => (
              <option key={s} value={s}>
                {k(`sort.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{k("show")}</button>
      </form>
      <p className="meta" role="status" data-testid="matrix-state">
        {k("state", { scope: scopeLabel(view.scopes.find((s) => `${s.kind}:${s.key}` === q.params.scope)!), date: f.date(dateOf(q.day)), n: view.total })}
      </p>
      <p className="meta">{k("diagnosticityNote")}</p>
      <p className="exports">
        <a href={`/api/export/matrix.csv${matrixSearch({ ...q.params, page: undefined })}`}>{k("exportCsv")}</a>
      </p>
      {view.rows.length === 0 ? (
        <p className="empty">{k("empty")}</p>
      ) : (
        <>
          <p className="meta">{k("keyboard")}</p>
          <MatrixGrid label={k("tableLabel")} header={header} rows={rows} />
        </>
      )}
      {pages > 1 ? (
        <nav aria-label={k("pages")} className="pager">
          {q.page > 0 ? <Link href={href({ page: String(q.page) })}>{k("previous")}</Link> : null} <span>{k("pageOf", { page: q.page + 1, pages })}</span>{" "}
          {q.page + 1 < pages ? <Link href={href({ page: String(q.page + 2) })}>{k("next")}</Link> : null}
        </nav>
      ) : null}
    </main>
  );
}
