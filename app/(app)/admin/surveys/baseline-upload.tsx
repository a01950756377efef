"use client";
// Choose a baseline file, preview what importing it would do (or every problem
// in it, by field path), then import. The file's text stays in this
// component and is posted as a field; nothing is written before "Import".
import { useActionState, useEffect, useState, type ChangeEvent } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/app/components/form-message";
import { SubmitButton } from "@/app/components/submit-button";
import type { BaselinePreview } from "@/lib/baseline/import-baseline";
import { BASELINE_MAX_BYTES, formatOf } from "@/lib/baseline/limits";
import { IDLE } from "@/lib/web/http/form-state";
import { importBaselineAction, previewBaselineAction } from "./actions";

type Chosen = { name: string; text: string; format: "json" | "yaml" } | null;

export function BaselineUpload() {
  const t = useTranslations();
  const [chosen, setChosen] = useState<Chosen>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const [preview, previewAction, previewing] = useActionState(previewBaselineAction, IDLE);
  const [imported, importAction, importing] = useActionState(importBaselineAction, IDLE);
  const data = preview.data as BaselinePreview | undefined;
  // A preview belongs to the file it was made from; choosing another hides it.
  const [previewedName, setPreviewedName] = useState<string | null>(null);
  const shown = chosen && previewedName === chosen.name + chosen.text.length ? data : undefined;
  // Once imported, the preview is out of date: only the import's own message stays.
  useEffect(() => {
    if (imported.status === "ok") setPreviewedName(null);
  }, [imported]);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setPreviewedName(null);
    if (!file) return setChosen(null);
    setTooLarge(file.size > BASELINE_MAX_BYTES);
    if (file.size > BASELINE_MAX_BYTES) return setChosen(null);
    setChosen({ name: file.name, text: await file.text(), format: formatOf(file.name) });
  }

  const hidden = chosen ? (
    <>
      <input type="hidden" name="format" value={chosen.format} />
      <input type="hidden" name="text" value={chosen.text} />
    </>
  ) : null;

  return (
    <div className="stack">
      <div className="field">
        <label htmlFor="baseline-file">{t("baselines.file")}</label>
        <input id="baseline-file" type="file" accept=".json,.yaml,.yml,application/json,application/yaml,text/yaml" onChange={choose} />
        <span className="meta">{t("baselines.fileHint", { max: BASELINE_MAX_BYTES / 1024 })}</span>
        {tooLarge ? (
          <span className="error" role="alert">
            {t("baselines.errors.tooLarge")}
          </span>
        ) : null}
      </div>
      <form action={previewAction} onSubmit={() => chosen && setPreviewedName(chosen.name + chosen.text.length)} aria-label={t("baselines.preview")}>
        {hidden}
        <SubmitButton pending={previewing} pendingLabel={t("baselines.previewing")}>
          {t("baselines.preview")}
        </SubmitButton>
      </form>
      {shown || (preview.status === "error" && preview.data === undefined) ? <FormMessage state={preview} /> : null}
      {shown && !shown.ok ? (
        <div className="table-scroll" tabIndex={0}>
          <table className="cards" aria-label={t("baselines.problems")}>
            <caption className="meta">{t("baselines.problems")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("baselines.field")}</th>
                <th scope="col">{t("baselines.problem")}</th>
              </tr>
            </thead>
            <tbody>
              {shown.problems.map((p, i) => (
                <tr key={i}>
                  <td data-label={t("baselines.field")}>
                    <code className="break">{p.path}</code>
                  </td>
                  <td data-label={t("baselines.problem")} className="break">
                    {p.message}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {shown && shown.ok ? (
        <section className="stack" aria-label={t("baselines.previewOf", { slug: shown.slug })}>
          <p>
            <strong>{shown.title}</strong> <span className="meta">({shown.slug})</span>
            <br />
            {shown.surveyIsNew
              ? t("baselines.surveyNew")
              : shown.surveyChanged.length
                ? t("baselines.surveyChanged", { fields: shown.surveyChanged.join(", ") })
                : t("baselines.surveySame")}
            <br />
            {t("baselines.counts", shown.counts)}
            {shown.kept.length ? (
              <>
                <br />
                {t("baselines.kept", { keys: shown.kept.join(", ") })}
              </>
            ) : null}
          </p>
          <div className="table-scroll" tabIndex={0}>
            <table className="cards">
              <caption className="meta">{t("baselines.rowsCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("baselines.key")}</th>
                  <th scope="col">{t("baselines.statement")}</th>
                  <th scope="col">{t("baselines.change")}</th>
                </tr>
              </thead>
              <tbody>
                {shown.rows.map((r) => (
                  <tr key={r.key}>
                    <td data-label={t("baselines.key")}>
                      <code className="break">{r.key}</code>
                    </td>
                    <td data-label={t("baselines.statement")}>{r.statement}</td>
                    <td data-label={t("baselines.change")}>
                      {t(`baselines.changes.${r.change}`)}
                      {r.changed.length ? <span className="meta break"> ({r.changed.join(", ")})</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <form action={importAction} aria-label={t("baselines.import")}>
            {hidden}
            <SubmitButton pending={importing} pendingLabel={t("baselines.importing")}>
              {t("baselines.import")}
            </SubmitButton>
          </form>
        </section>
      ) : null}
      <FormMessage state={imported} />
    </div>
  );
}
