"use client";
// Calibration: for each band of the panel's shares, the mean share (x) and how
// often such expectations came true (y). On the diagonal is perfect.
import { CartesianGrid, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from "recharts";

type Props = { buckets: { forecast: number; observed: number; n: number }[]; labels: { forecast: string; observed: string; perfect: string } };

export function CalibrationChart({ buckets, labels }: Props) {
  const pct = (v: number) => `${Math.round(v * 100)}%`;
  return (
    <ResponsiveContainer width="100%" height={260}>
      <ScatterChart margin={{ top: 10, right: 20, bottom: 30, left: 10 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e5e8eb" />
        <XAxis type="number" dataKey="forecast" domain={[0, 1]} tickFormatter={pct} label={{ value: labels.forecast, position: "insideBottom", offset: -18 }} />
        <YAxis
          type="number"
          dataKey="observed"
          domain={[0, 1]}
          tickFormatter={pct}
          width={72}
          label={{ value: labels.observed, angle: -90, position: "insideLeft", offset: 0, style: { textAnchor: "middle" } }}
        />
        <ZAxis type="number" dataKey="n" range={[60, 240]} />
        <Tooltip formatter={(v) => (typeof v === "number" && v <= 1 ? pct(v) : String(v))} />
        <ReferenceLine
          segment={[
            { x: 0, y: 0 },
            { x: 1, y: 1 },
          ]}
          stroke="#59636e"
          strokeDasharray="4 4"
          label={{ value: labels.perfect, position: "insideTopLeft" }}
        />
        <Scatter data={buckets} fill="#0b5cad" isAnimationActive={false} />
      </ScatterChart>
    </ResponsiveContainer>
  );
}
