// CSV the way RFC 4180 and spreadsheets need it: quoting, formula
// neutralising, Korean in UTF-8 behind a byte-order mark; and export headers
// complete in both languages.
import { describe, expect, it } from "vitest";
import { BOM, csvCell, csvDocument, csvRow } from "../../lib/export/csv";
import { EXPORT_HEADERS, exportHeaders } from "../../lib/i18n/export-headers";

/** A minimal RFC 4180 reader, to check that what we write reads back as written. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") (row.push(cell), (cell = ""));
    else if (c === "\r" && text[i + 1] === "\n") (row.push(cell), rows.push(row), (row = []), (cell = ""), i++);
    else cell += c;
  }
  return rows;
}

describe("csvCell", () => {
  it("leaves plain text and numbers alone", () => {
    expect(csvCell("Trump offers to meet Kim")).toBe("Trump offers to meet Kim");
    expect(csvCell(0.7)).toBe("0.7");
    expect(csvCell(-3)).toBe("-3"); // a number the export computed: not a formula, not prefixed
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(Number.NaN)).toBe("");
  });

  it("quotes commas, quotes and line breaks, doubling the quotes", () => {
    expect(csvCell("Seoul, Pyongyang")).toBe('"Seoul, Pyongyang"');
    expect(csvCell('He said "no"')).toBe('"He said ""no"""');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell("cr\r\nlf")).toBe('"cr\r\nlf"');
  });

  it("neutralises text a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("http://evil.example","click")')).toBe(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csvCell("+1 (555) 0100")).toBe("'+1 (555) 0100");
    expect(csvCell("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(csvCell("@SUM(A1:A9)")).toBe("'@SUM(A1:A9)");
    expect(csvCell("\t=1+1")).toBe("'\t=1+1");
    // Only the first character matters.
    expect(csvCell("a = b + c")).toBe("a = b + c");
    expect(csvCell("e-mail")).toBe("e-mail");
  });

  it("keeps Korean as it is", () => {
    expect(csvCell("북미 정상회담 재개")).toBe("북미 정상회담 재개");
    expect(csvCell("회담, 제재")).toBe('"회담, 제재"');
  });
});

describe("csvDocument", () => {
  it("starts with a byte-order mark, ends records with CRLF, and reads back as written", () => {
    const rows = [
      ["제목", "Summary", "Score"],
      ["북미 정상회담 재개", 'A "quoted", multi-line\nsummary', -1.5],
      ["=1+1", "", 2],
    ];
    const text = csvDocument(rows);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(parseCsv(text.slice(1))).toEqual([
      ["제목", "Summary", "Score"],
      ["북미 정상회담 재개", 'A "quoted", multi-line\nsummary', "-1.5"],
      ["'=1+1", "", "2"],
    ]);
    // UTF-8 with BOM: EF BB BF, then Hangul as three bytes each.
    const bytes = new TextEncoder().encode(text);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(new TextEncoder().encode("제목"))).toBe("제목");
  });

  it("writes one row with its line end", () => {
    expect(csvRow(["a", 1, null, true])).toBe("a,1,,true\r\n");
  });
});

describe("export headers", () => {
  it("have the same keys in English and Korean, none empty, and Korean differs from English", () => {
    const en = EXPORT_HEADERS.en;
    const ko = EXPORT_HEADERS.ko;
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
    for (const lang of [en, ko]) for (const text of Object.values(lang)) expect(text.trim()).not.toBe("");
    expect(exportHeaders("ko", ["status", "theme"])).toEqual(["상태", "주제"]);
    expect(exportHeaders("en", ["status", "theme"])).toEqual(["Status", "Theme"]);
  });
});
