"use client";
// A small line of an expectation's net score over recent days. Decorative next
// to the number it summarises (the table cell carries the value in text).
import { Line, LineChart, ReferenceLine, YAxis } from "recharts";

export function Sparkline({ points }: { points: { day: string; net: number }[] }) {
  if (points.length < 2)
    return (
      <span className="meta" aria-hidden="true">
        —
      </span>
    );
  return (
    <span aria-hidden="true" className="sparkline">
      {/* No keyboard layer: a decorative chart inside aria-hidden must not take focus. */}
      <LineChart width={120} height={32} data={points} margin={{ top: 2, right: 2, bottom: 2, left: 2 }} accessibilityLayer={false}>
        <YAxis hide domain={["dataMin - 0.5", "dataMax + 0.5"]} />
        <ReferenceLine y={0} stroke="#d0d7de" />
        <Line type="monotone" dataKey="net" stroke="#0b5cad" strokeWidth={1.5} dot={false} isAnimationActive={false} />
      </LineChart>
    </span>
  );
}
