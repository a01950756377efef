"use client";
// One expectation's net score by day (from the daily snapshots), with the
// confirm and contradict thresholds and a mark at each status change.
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

type Props = {
  points: { day: string; net: number }[];
  confirm: number;
  contradict: number;
  changes: { day: string; label: string }[];
  labels: { day: string; net: string; confirm: string; contradict: string; series: string };
};

export function ScoreChart({ points, confirm, contradict, changes, labels }: Props) {
  const values = points.map((p) => p.net);
  const low = Math.min(contradict, ...values) - 0.5;
  const high = Math.max(confirm, ...values) + 0.5;
  return (
    <ResponsiveContainer width="100%" height={260}>
      <LineChart data={points} margin={{ top: 20, right: 30, bottom: 30, left: 10 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e5e8eb" />
        <XAxis dataKey="day" label={{ value: labels.day, position: "insideBottom", offset: -18 }} minTickGap={24} />
        <YAxis domain={[Math.floor(low), Math.ceil(high)]} label={{ value: labels.net, angle: -90, position: "insideLeft" }} />
        <Tooltip />
        <Legend verticalAlign="top" />
        <ReferenceLine y={confirm} stroke="#1a7f37" strokeDasharray="6 3" label={{ value: labels.confirm, position: "insideTopRight", fill: "#1a7f37" }} />
        <ReferenceLine y={contradict} stroke="#b42318" strokeDasharray="6 3" label={{ value: labels.contradict, position: "insideBottomRight", fill: "#b42318" }} />
        {changes.map((c) => (
          <ReferenceLine key={`${c.day}-${c.label}`} x={c.day} stroke="#59636e" label={{ value: c.label, position: "top", fontSize: 11 }} />
        ))}
        <Line type="stepAfter" dataKey="net" name={labels.series} stroke="#0b5cad" strokeWidth={2} dot={false} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}
