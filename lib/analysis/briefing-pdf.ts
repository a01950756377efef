// The briefing as a PDF drawn on the server (pdfkit), line for line the same
// content as the page (briefing-content.ts), on A4. Korean needs a CJK font:
// BRIEFING_FONT_PATH (default: Debian's fonts-noto-cjk, NotoSansCJK-Regular.ttc),
// and for a font collection BRIEFING_FONT_FAMILY picks the face (default the
// Korean one, NotoSansCJKkr-Regular). pdfkit embeds only the glyphs used.
import fs from "node:fs";
import PDFDocument from "pdfkit";
import { AppError } from "../errors";
import { logger } from "../log/logger";
import type { BriefingContent } from "./briefing-content";

export type PdfFont = { path: string; family: string };

const MARGIN = 36; // half an inch: room for the content of eight expectations on one sheet
const GREY = "#555555";

export function checkFont(font: PdfFont) {
  if (!fs.existsSync(font.path)) {
    logger().error({ fontPath: font.path }, "briefing PDF: the CJK font file is missing (install fonts-noto-cjk or set BRIEFING_FONT_PATH)");
    throw new AppError("UNSUPPORTED", "instruments.errors.fontMissing");
  }
}

export async function briefingPdf(content: BriefingContent, font: PdfFont): Promise<Uint8Array> {
  checkFont(font);
  const doc = new PDFDocument({ size: "A4", margin: MARGIN, info: { Title: content.title }, lang: content.lang, bufferPages: false });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on("end", () => resolve());
    doc.on("error", reject);
  });
  // A .ttc holds several faces: the family name picks one; a .ttf/.otf has just one.
  if (font.path.toLowerCase().endsWith(".ttc")) doc.registerFont("body", font.path, font.family);
  else doc.registerFont("body", font.path);
  doc.font("body");
  const width = doc.page.width - 2 * MARGIN;
  const line = (text: string, size: number, o: { color?: string; indent?: number; gap?: number } = {}) => {
    doc
      .fontSize(size)
      .fillColor(o.color ?? "black")
      .text(text, MARGIN + (o.indent ?? 0), undefined, { width: width - (o.indent ?? 0), lineGap: 0.5 });
    if (o.gap) doc.moveDown(o.gap);
  };

  line(content.title, 14);
  line(content.subtitle, 8, { color: GREY, gap: 0.4 });
  for (const item of content.items) {
    line(`${item.theme} · ${item.statement}`, 8.5);
    line(item.statusLine + (item.reason ? ` — ${item.reason}` : ""), 7.5, { indent: 8 });
    for (const e of item.evidence) line(`• ${e}`, 7, { indent: 8, color: GREY });
    for (const w of item.warnings) line(`! ${w}`, 7, { indent: 8, color: "#8a1c00" });
    doc.moveDown(0.25);
  }
  doc.moveDown(0.2);
  line(content.changesTitle, 9);
  for (const c of content.changes) line(`• ${c}`, 7, { indent: 8 });
  doc.moveDown(0.3);
  line(content.scorecardTitle, 9);
  for (const s of content.scorecard) line(s, 7, { indent: 8 });
  doc.moveDown(0.3);
  line(content.footer, 6.5, { color: GREY });
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
