// An ACLED-style CSV of `rows` events on the peninsula, for the import test
// and bench/import.ts: North Korea named in either language, every fifth row
// with the United States as second actor. `bad` replaces cells of chosen data
// rows (row i is file line i + 1); `changed` revises the notes of chosen rows.
const HEADER = ["event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "notes", "source"];
const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export function acledStyleCsv(rows: number, o: { bad?: Map<number, Partial<Record<string, string>>>; changed?: Set<number> } = {}): string {
  const lines = [HEADER.join(",")];
  for (let i = 1; i <= rows; i++) {
    const day = `2025-${String((i % 11) + 1).padStart(2, "0")}-${String((i % 27) + 1).padStart(2, "0")}`;
    const row: Record<string, string> = {
      event_id_cnty: `KOR${i}`,
      event_date: day,
      event_type: i % 3 === 0 ? "Strategic developments" : "Explosions/Remote violence",
      sub_event_type: i % 3 === 0 ? "Agreement" : "Shelling/artillery/missile attack",
      actor1: i % 2 ? "North Korea" : "북한",
      actor2: i % 5 === 0 ? "United States" : "",
      country: "North Korea",
      notes: `Event ${i}: "launch" reported, near the coast${o.changed?.has(i) ? " (revised)" : ""}`,
      source: "Yonhap",
      ...o.bad?.get(i),
    };
    lines.push(HEADER.map((h) => cell(row[h] ?? "")).join(","));
  }
  return lines.join("\r\n");
}
