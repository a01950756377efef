// The digest as an email in the reader's language: a plain-text body and a
// small HTML one with the same lines. Reasons are catalogue keys (as on the
// expectation page), translated here; statements use the reader's language
// where the baseline has it.
import { formattersFor } from "../i18n/format";
import { localized, type Locale } from "../i18n/locales";
import { translateMessage, type Translate } from "../i18n/translate-message";
import type { DigestContent, DigestExpectation } from "./collect-digest";
import type { DigestPeriod } from "./periods";

export type RenderedDigest = { subject: string; text: string; html: string };

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function renderDigest(t: Translate, locale: Locale, period: DigestPeriod, content: DigestContent, appUrl: string): RenderedDigest {
  const f = formattersFor(locale);
  const base = appUrl.replace(/\/+$/, "");
  const lastDay = new Date(period.end.getTime() - 1);
  const range = period.frequency === "DAILY" ? f.date(period.start) : `${f.date(period.start)} – ${f.date(lastDay)}`;
  const subject = t(period.frequency === "DAILY" ? "digest.subjectDaily" : "digest.subjectWeekly", { range });
  const statement = (e: DigestExpectation) => `${localized(locale, e.statement, e.statementKo)} (${localized(locale, e.survey.title, e.survey.titleKo)})`;
  const link = (e: DigestExpectation) => `${base}/expectations/${e.id}`;

  type Line = { text: string; href: string };
  const sections: { title: string; lines: Line[] }[] = [];
  if (content.changes.length) {
    sections.push({
      title: t("digest.changes"),
      lines: content.changes.map((c) => ({
        text:
          t("digest.changeLine", {
            statement: statement(c.expectation),
            from: t(`status.${c.from}`),
            to: t(`status.${c.to}`),
            validOn: f.date(c.validFrom),
            reason: translateMessage(t, c.reason),
          }) + (c.revised ? ` (${t("notifications.revised")})` : ""),
        href: link(c.expectation),
      })),
    });
  }
  if (content.decisive.length) {
    sections.push({
      title: t("digest.decisive"),
      lines: content.decisive.map((d) => ({
        text: t("digest.decisiveLine", {
          statement: statement(d.expectation),
          title: d.title,
          occurredOn: f.date(d.occurredOn),
          mark: t(`evidence.decisiveMark.${d.decisive}`),
        }),
        href: `${base}/developments/${d.developmentId}`,
      })),
    });
  }
  if (content.stale.length) {
    sections.push({
      title: t("digest.stale"),
      lines: content.stale.map((s) => ({ text: `${statement(s.expectation)} — ${translateMessage(t, s.message)}`, href: link(s.expectation) })),
    });
  }

  if (content.pending.length) {
    sections.push({
      title: t("digest.pending"),
      lines: content.pending.map((r) => ({
        text: t("digest.pendingLine", {
          statement: statement(r.expectation),
          asked:
            r.kind === "OVERRIDE"
              ? t("digest.pendingOverride", { name: r.requestedBy, to: r.status ? t(`status.${r.status}`) : "" })
              : t("digest.pendingDecisive", { name: r.requestedBy, mark: r.mark ? t(`evidence.decisiveMark.${r.mark}`) : "" }),
          askedOn: f.date(r.requestedAt),
        }),
        href: `${base}/reviews`,
      })),
    });
  }

  const footer = t("digest.footer", { url: `${base}/account/notifications` });
  const text = [t("digest.intro", { range }), "", ...sections.flatMap((s) => [s.title, ...s.lines.map((l) => `- ${l.text}\n  ${l.href}`), ""]), footer].join(
    "\n",
  );
  const html = [
    `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;line-height:1.5">`,
    `<p>${escapeHtml(t("digest.intro", { range }))}</p>`,
    ...sections.map(
      (s) =>
        `<h2 style="font-size:1.1em">${escapeHtml(s.title)}</h2><ul>${s.lines.map((l) => `<li><a href="${escapeHtml(l.href)}">${escapeHtml(l.text)}</a></li>`).join("")}</ul>`,
    ),
    `<p style="color:#555">${escapeHtml(footer)}</p></body></html>`,
  ].join("\n");
  return { subject, text, html };
}
