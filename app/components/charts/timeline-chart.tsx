"use client";
// Developments per month (bars, left axis) and the linked developments as
// markers at their stance (right axis, -2..+2). A marker opens its development.
import { useRouter } from "next/navigation";
import { Bar, CartesianGrid, ComposedChart, Legend, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from "recharts";

export type TimelineData = {
  months: { month: string; count: number }[];
  markers: { developmentId: string; title: string; day: string; value: number; stanceLabel: string }[];
};
type Labels = { month: string; count: string; stance: string; developments: string; linked: string };

export function TimelineChart({ data, labels }: { data: TimelineData; labels: Labels }) {
  const router = useRouter();
  const rows = data.months.map((m) => ({ month: m.month, count: m.count }));
  const markers = data.markers.map((m) => ({ month: m.day.slice(0, 7), value: m.value, title: m.title, id: m.developmentId, stance: m.stanceLabel, day: m.day }));
  return (
    <ResponsiveContainer width="100%" height={280}>
      <ComposedChart data={rows} margin={{ top: 10, right: 20, bottom: 30, left: 10 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e5e8eb" />
        <XAxis dataKey="month" allowDuplicatedCategory={false} label={{ value: labels.month, position: "insideBottom", offset: -18 }} />
        <YAxis yAxisId="count" allowDecimals={false} label={{ value: labels.count, angle: -90, position: "insideLeft" }} />
        <YAxis yAxisId="stance" orientation="right" domain={[-2, 2]} ticks={[-2, -1, 0, 1, 2]} label={{ value: labels.stance, angle: 90, position: "insideRight" }} />
        <Tooltip
          formatter={(value, name, item) => {
            const p = (item as { payload?: { title?: string; stance?: string; day?: string } }).payload;
            return p?.title ? [`${p.day} · ${p.stance}`, p.title] : [value, name];
          }}
        />
        <Legend verticalAlign="top" />
        <Bar yAxisId="count" dataKey="count" name={labels.developments} fill="#9ec5ec" isAnimationActive={false} />
        <Scatter
          yAxisId="stance"
          name={labels.linked}
          data={markers}
          dataKey="value"
          fill="#b42318"
          isAnimationActive={false}
          cursor="pointer"
          onClick={(point) => {
            const id = (point as { payload?: { id?: string } }).payload?.id;
            if (id) router.push(`/developments/${id}`);
          }}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
