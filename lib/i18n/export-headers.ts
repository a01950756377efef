// Column headers of the exported files (lib/export), in both languages. They
// live here rather than in messages/*.json so the exports can grow columns
// without touching the interface catalogues. The words inside the cells
// (status, theme, stance, event type) still come from those catalogues.
import type { Locale } from "./locales";

const en = {
  // Expectations (what the dashboard shows on the as-of day)
  key: "Key",
  theme: "Theme",
  statement: "Expectation",
  answer: "Answer",
  panelShare: "Panel share",
  status: "Status",
  statusCode: "Status code",
  netScore: "Net score",
  confirmThreshold: "Confirm threshold",
  contradictThreshold: "Contradict threshold",
  asOf: "As of",
  // Developments
  id: "ID",
  occurredOn: "Occurred on",
  title: "Title",
  summary: "Summary",
  eventType: "Event type",
  eventTypeCode: "Event type code",
  actors: "Actors",
  tags: "Tags",
  bestGrade: "Best grade",
  sources: "Sources",
  links: "Linked expectations",
  deletedOn: "Deleted on",
} as const;

export type ExportHeaderKey = keyof typeof en;

// Record<ExportHeaderKey, string>: the compiler refuses a key missing here or one English lacks.
const ko: Record<ExportHeaderKey, string> = {
  key: "전망 키",
  theme: "주제",
  statement: "전망",
  answer: "응답",
  panelShare: "응답 비율",
  status: "상태",
  statusCode: "상태 코드",
  netScore: "근거 순점수",
  confirmThreshold: "확인 임계값",
  contradictThreshold: "반증 임계값",
  asOf: "기준일",
  id: "ID",
  occurredOn: "발생일",
  title: "제목",
  summary: "요약",
  eventType: "사건 유형",
  eventTypeCode: "사건 유형 코드",
  actors: "행위자",
  tags: "태그",
  bestGrade: "최고 등급",
  sources: "출처",
  links: "연결된 전망",
  deletedOn: "삭제일",
};

export const EXPORT_HEADERS: Record<Locale, Record<ExportHeaderKey, string>> = { en, ko };

/** The header row for these columns, in the reader's language. */
export function exportHeaders(locale: Locale, columns: readonly ExportHeaderKey[]): string[] {
  return columns.map((c) => EXPORT_HEADERS[locale][c]);
}
