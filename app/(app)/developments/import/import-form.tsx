"use client";
// Choose a file, see what it would do, then import. The file is read in the
// browser and sent as text with the grade for its sources; the preview writes
// nothing, and importing the same file again changes nothing.
import { useState } from "react";
import { useTranslations } from "next-intl";

type RowError = { line: number; externalId: string | null; messages: string[] };
type Preview = { mode: "preview"; total: number; created: number; updated: number; unchanged: number; errorCount: number; errors: RowError[] };
type Done = { mode: "confirm"; created: number; updated: number; unchanged: number; errors: number };

const RELIABILITIES = ["A", "B", "C", "D", "E", "F"] as const;

/** The JSON lines of a streamed answer, as they arrive. */
async function* lines(response: Response): AsyncGenerator<Record<string, unknown>> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = "";
  for (;;) {
    const { value, done } = await reader.read();
    buffered += value ?? "";
    const complete = buffered.split("\n");
    buffered = complete.pop() ?? "";
    for (const text of complete) if (text.trim()) yield JSON.parse(text) as Record<string, unknown>;
    if (done) return;
  }
}
const CREDIBILITIES = [1, 2, 3, 4, 5, 6] as const;

export function ImportForm() {
  const t = useTranslations("import");
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [reliability, setReliability] = useState("B");
  const [credibility, setCredibility] = useState("3");
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  async function send(mode: "preview" | "confirm") {
    if (!file) return;
    setBusy(true);
    setError(null);
    setProgress(null);
    try {
      const format = /\.json$/i.test(file.name) ? "json" : "csv";
      const response = await fetch("/api/developments/import", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ mode, format, text: file.text, reliability, credibility }),
      });
      if (!response.ok) {
        const body = await response.json().catch(() => null);
        return setError(body?.error?.message ?? t("failed"));
      }
      if (mode === "preview") return setPreview((await response.json()) as Preview);
      // Confirming streams a line per written batch, then the result.
      for await (const line of lines(response)) {
        if ("done" in line && "total" in line) setProgress({ done: line.done as number, total: line.total as number });
        else if ("error" in line) return setError(t("stoppedPartway"));
        else {
          setDone(line as Done);
          setPreview(null);
        }
      }
    } catch {
      setError(t("failed"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="stack">
      <form
        className="stack"
        aria-label={t("formLabel")}
        onSubmit={(e) => {
          e.preventDefault();
          void send("preview");
        }}
      >
        <label>
          {t("file")}
          <input
            type="file"
            name="file"
            accept=".csv,.json,text/csv,application/json"
            required
            onChange={async (e) => {
              const chosen = e.target.files?.[0];
              setPreview(null);
              setDone(null);
              setError(null);
              setFile(chosen ? { name: chosen.name, text: await chosen.text() } : null);
            }}
          />
        </label>
        <p className="meta">{t("fileHint")}</p>
        <fieldset className="inline">
          <legend>{t("grade")}</legend>
          <label>
            {t("reliability")}
            <select value={reliability} onChange={(e) => setReliability(e.target.value)}>
              {RELIABILITIES.map((r) => (
                <option key={r}>{r}</option>
              ))}
            </select>
          </label>
          <label>
            {t("credibility")}
            <select value={credibility} onChange={(e) => setCredibility(e.target.value)}>
              {CREDIBILITIES.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </label>
        </fieldset>
        <p>
          <button type="submit" disabled={!file || busy}>
            {t("preview")}
          </button>
        </p>
      </form>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {preview ? (
        <section aria-label={t("previewLabel")} className="stack">
          <p role="status">
            {t("previewCounts", {
              total: preview.total,
              created: preview.created,
              updated: preview.updated,
              unchanged: preview.unchanged,
              bad: preview.errorCount,
            })}
          </p>
          {preview.errorCount ? (
            <div className="table-scroll" tabIndex={0}>
              <table>
                <caption className="meta">
                  {preview.errorCount > preview.errors.length ? t("errorsFirst", { shown: preview.errors.length }) : t("errorsCaption")}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t("line")}</th>
                    <th scope="col">{t("externalId")}</th>
                    <th scope="col">{t("problems")}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.errors.map((e) => (
                    <tr key={e.line}>
                      <td>{e.line}</td>
                      <td className="break">{e.externalId ?? "—"}</td>
                      <td>{e.messages.join("; ")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {preview.created + preview.updated > 0 ? (
            <p>
              <button type="button" disabled={busy} onClick={() => void send("confirm")}>
                {busy ? t("importing") : t("confirm", { count: preview.created + preview.updated })}
              </button>{" "}
              {preview.errorCount ? <span className="meta">{t("badRowsSkipped")}</span> : null}
            </p>
          ) : (
            <p className="meta">{t("nothingToImport")}</p>
          )}
        </section>
      ) : null}
      {busy && progress ? (
        <p>
          <label>
            {t("progress", { done: progress.done, total: progress.total })} <progress max={progress.total} value={progress.done} />
          </label>
        </p>
      ) : null}
      {done ? (
        <p className="form-ok" role="status">
          {t("done", { created: done.created, updated: done.updated, unchanged: done.unchanged, bad: done.errors })} <a href="/developments">{t("toList")}</a>
        </p>
      ) : null}
    </div>
  );
}
