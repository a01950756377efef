"use client";
// One expectation's net score on a real time axis: a step line that runs on
// to the as-of day, the confirm and contradict thresholds, a triangle along
// the bottom for each development behind a step and a diamond for each status
// change. Names come from the key under the plot and the tooltip, never from
// labels printed over the plot, where they collided.
import { CartesianGrid, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from "recharts";
import type { ScoreChartData } from "@/lib/charts/score-data";
import { formattersFor } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

type Labels = {
  net: string;
  confirm: string;
  contradict: string;
  series: string;
  steps: string;
  changes: string;
  statuses: Record<string, string>;
  stances: Record<string, string>;
};
type Props = { data: ScoreChartData; confirm: number; contradict: number; locale: Locale; labels: Labels };
type Hovered = { t: number; net: number; title?: string; stance?: string; from?: string; to?: string };

export function ScoreChart({ data, confirm, contradict, locale, labels }: Props) {
  const f = formattersFor(locale);
  const day = (ms: number) => f.date(new Date(ms));
  return (
    <>
      <ResponsiveContainer width="100%" height={280}>
        <ComposedChart data={data.line} margin={{ top: 8, right: 12, bottom: 4, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e5e8eb" />
          <XAxis
            type="number"
            dataKey="t"
            scale="time"
            domain={data.x.domain}
            ticks={data.x.ticks}
            allowDataOverflow
            tickFormatter={(ms: number) => f.tick(ms, data.x.unit, data.x.step)}
          />
          <YAxis
            type="number"
            dataKey="net"
            domain={data.y.domain}
            ticks={data.y.ticks}
            allowDataOverflow
            width={48}
            tickFormatter={(v: number) => f.number(v)}
            label={{ value: labels.net, angle: -90, position: "insideLeft", offset: 10, style: { textAnchor: "middle" } }}
          />
          <ReferenceLine y={confirm} stroke="#1a7f37" strokeDasharray="6 3" />
          <ReferenceLine y={contradict} stroke="#b42318" strokeDasharray="6 3" />
          <Tooltip
            cursor={{ strokeDasharray: "3 3" }}
            content={({ active, payload }) => {
              const p = active ? (payload?.[0]?.payload as Hovered | undefined) : undefined;
              if (!p) return null;
              return (
                <div className="chart-tooltip">
                  <strong>{day(p.t)}</strong>
                  {p.title ? (
                    <div>
                      {p.title} ({labels.stances[p.stance ?? ""] ?? p.stance})
                    </div>
                  ) : (
                    <div>
                      {labels.net}: {f.number(p.net)}
                    </div>
                  )}
                  {p.to ? (
                    <div>
                      {labels.statuses[p.from ?? ""] ?? p.from} → {labels.statuses[p.to] ?? p.to}
                    </div>
                  ) : null}
                </div>
              );
            }}
          />
          <Line
            dataKey="net"
            type="stepAfter"
            name={labels.series}
            stroke="#0b5cad"
            strokeWidth={2}
            dot={data.single ? { r: 5, fill: "#0b5cad" } : false}
            activeDot={data.single ? { r: 6 } : false}
            isAnimationActive={false}
          />
          <Scatter data={data.steps} dataKey="net" name={labels.steps} fill="#0b5cad" shape="triangle" isAnimationActive={false} />
          <Scatter data={data.changes} dataKey="net" name={labels.changes} fill="#8250df" shape="diamond" isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
      {/* The key in HTML under the plot: it wraps on a phone instead of running over the chart. */}
      <ul className="chart-legend">
        <li>
          <span className="key-line" style={{ borderColor: "#0b5cad" }} />
          {labels.series}
        </li>
        <li>
          <span className="key-triangle" style={{ background: "#0b5cad" }} />
          {labels.steps}
        </li>
        <li>
          <span className="key-diamond" style={{ background: "#8250df" }} />
          {labels.changes}
        </li>
        <li>
          <span className="key-line dashed" style={{ borderColor: "#1a7f37" }} />
          {labels.confirm}
        </li>
        <li>
          <span className="key-line dashed" style={{ borderColor: "#b42318" }} />
          {labels.contradict}
        </li>
      </ul>
    </>
  );
}
