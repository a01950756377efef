// Every chart sits in a figure with a caption and a table of the same data,
// for screen readers and for anyone who wants the numbers.
import type { ReactNode } from "react";

type Props = { id: string; caption: string; summary: string; tableLabel: string; chart: ReactNode; table: ReactNode };

export function ChartFigure({ id, caption, summary, tableLabel, chart, table }: Props) {
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      <div role="img" aria-label={summary} className="chart-area">
        {chart}
      </div>
      <details>
        <summary>{tableLabel}</summary>
        {table}
      </details>
    </figure>
  );
}
