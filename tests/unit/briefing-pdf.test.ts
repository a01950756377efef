// The briefing PDF: Korean drawn with the CJK font and read back as text; a
// missing font is a clear, translated error, not a PDF of empty boxes.
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { briefingPdf } from "../../lib/analysis/briefing-pdf";
import type { BriefingContent } from "../../lib/analysis/briefing-content";
import { isAppError } from "../../lib/errors";

const FONT = { path: "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", family: "NotoSansCJKkr-Regular" };

const content: BriefingContent = {
  lang: "ko",
  title: "브리핑: 2026년 11월 29일 기준 설문 전망",
  subtitle: "유효 시점 기준",
  items: [
    {
      id: "a",
      theme: "한미동맹",
      statement: "한미 관계는 현 수준을 유지한다",
      status: "확인 우세",
      statusCode: "LEANING_CONFIRMED",
      statusLine: "2025년 5월 2일부터 확인 우세 (순점수 2)",
      reason: null,
      evidence: ["가장 무거운 근거: 연합훈련, 2025년 5월 2일, A1, 가중치 2"],
      warnings: ["경고: 이 판정은 매체 하나(“연합뉴스”)에 기대고 있습니다."],
    },
  ],
  changesTitle: "바뀐 것",
  changes: ["이 기간에 바뀐 판정이 없습니다."],
  scorecardTitle: "전문가 패널 성적표",
  scorecard: ["전체: n = 0"],
  footer: "규칙 v2",
};

describe("the briefing PDF", () => {
  it("draws Korean on one A4 page that a text extractor reads back", async () => {
    const pdf = await getDocumentProxy(await briefingPdf(content, FONT));
    expect(pdf.numPages).toBe(1);
    const page = await pdf.getPage(1);
    const [, , width, height] = page.view;
    expect([Math.round(width!), Math.round(height!)]).toEqual([595, 842]);
    const { text } = await extractText(pdf, { mergePages: true });
    expect(text).toContain("확인 우세");
    expect(text).toContain("매체 하나");
  });

  it("refuses with a translated error naming the setting when the font file is missing", async () => {
    const error = await briefingPdf(content, { path: "/nonexistent/font.ttc", family: "X" }).catch((e: unknown) => e);
    expect(isAppError(error) && error.message).toBe("instruments.errors.fontMissing");
  });
});
