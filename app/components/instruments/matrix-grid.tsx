"use client";
// The matrix as a real table with grid keyboard navigation (WAI-ARIA grid
// pattern): one cell in the tab order, arrow keys move between cells, Home/End
// to the row's ends, Ctrl+Home/End to the table's corners.
import { useRef, type KeyboardEvent, type ReactNode } from "react";

export type GridRow = { key: string; cells: ReactNode[] };

export function MatrixGrid({ label, header, rows }: { label: string; header: ReactNode[]; rows: GridRow[] }) {
  const table = useRef<HTMLTableElement>(null);
  const cellAt = (r: number, c: number) => table.current?.querySelector<HTMLElement>(`[data-cell="${r}:${c}"]`) ?? null;
  const width = header.length;
  const height = rows.length + 1;
  const move = (from: HTMLElement, r: number, c: number) => {
    const to = cellAt(Math.max(0, Math.min(height - 1, r)), Math.max(0, Math.min(width - 1, c)));
    if (!to || to === from) return;
    from.tabIndex = -1;
    to.tabIndex = 0;
    to.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>("[data-cell]");
    if (!cell) return;
    const [r, c] = cell.dataset.cell!.split(":").map(Number) as [number, number];
    const go: Record<string, [number, number]> = {
      ArrowUp: [r - 1, c],
      ArrowDown: [r + 1, c],
      ArrowLeft: [r, c - 1],
      ArrowRight: [r, c + 1],
      Home: e.ctrlKey ? [0, 0] : [r, 0],
      End: e.ctrlKey ? [height - 1, width - 1] : [r, width - 1],
      PageUp: [r - 10, c],
      PageDown: [r + 10, c],
    };
    const target = go[e.key];
    if (!target) return;
    e.preventDefault();
    move(cell, ...target);
  };
  const tab = (r: number, c: number) => (r === 0 && c === 0 ? 0 : -1);
  return (
    <div className="table-scroll">
      <table role="grid" aria-label={label} ref={table} onKeyDown={onKeyDown} aria-rowcount={height} className="matrix">
        <thead>
          <tr>
            {header.map((h, c) => (
              <th key={c} scope="col" data-cell={`0:${c}`} tabIndex={tab(0, c)}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.key} data-testid="matrix-row">
              {row.cells.map((cell, c) =>
                c === 0 ? (
                  <th key={c} scope="row" data-cell={`${i + 1}:${c}`} tabIndex={-1}>
                    {cell}
                  </th>
                ) : (
                  <td key={c} data-cell={`${i + 1}:${c}`} tabIndex={-1}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
