"use client";
// Two charts on one month axis (small multiples): developments per month as
// bars, every month in range; below, one lane per expectation with a mark for
// each linked development, coloured and shaped by stance. Lanes are numbered
// as in the key under the chart. A mark opens its development.
import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import type { TimelineChartData } from "@/lib/charts/timeline-data";
import { niceTicks } from "@/lib/charts/ticks";
import { formattersFor } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

type Labels = { count: string; developments: string; stances: Record<string, string> };
type Props = { data: TimelineChartData; locale: Locale; labels: Labels };

// Colour and shape both carry the stance, so it reads without colour too.
const STANCE_LOOK = [
  { key: "STRONGLY_SUPPORTS", fill: "#116329", shape: "triangle" },
  { key: "SUPPORTS", fill: "#4ac26b", shape: "triangle" },
  { key: "NEUTRAL", fill: "#6e7781", shape: "circle" },
  { key: "CONTRADICTS", fill: "#fa7a5c", shape: "diamond" },
  { key: "STRONGLY_CONTRADICTS", fill: "#a40e26", shape: "diamond" },
] as const;

const monthMs = (month: string) => Date.parse(`${month}-01T00:00:00Z`);

export function TimelineChart({ data, locale, labels }: Props) {
  const router = useRouter();
  const f = formattersFor(locale);
  const n = data.months.length;
  const xTicks = data.ticks.map((t) => t.x);
  const tickText = (x: number) => {
    const tick = data.ticks.find((t) => t.x === x);
    return tick ? f.tick(monthMs(tick.month), "month", data.step) : "";
  };
  const xAxis = <XAxis type="number" dataKey="x" domain={[-0.25, n + 0.25]} ticks={xTicks} tickFormatter={tickText} allowDataOverflow />;
  const countTicks = niceTicks(0, Math.max(1, ...data.months.map((m) => m.count)), 4).filter((v) => Number.isInteger(v) && v >= 0);
  const laneHeight = 34;
  return (
    <div className="timeline-charts">
      <ResponsiveContainer width="100%" height={180}>
        <BarChart data={data.months} margin={{ top: 8, right: 12, bottom: 0, left: 4 }} barCategoryGap="15%">
          <CartesianGrid strokeDasharray="3 3" stroke="#e5e8eb" vertical={false} />
          {xAxis}
          <YAxis
            width={48}
            allowDecimals={false}
            ticks={countTicks}
            domain={[0, countTicks.at(-1) ?? 1]}
            label={{ value: labels.count, angle: -90, position: "insideLeft", offset: 10, style: { textAnchor: "middle" } }}
          />
          <Tooltip
            content={({ active, payload }) => {
              const m = active ? (payload?.[0]?.payload as { month: string; count: number } | undefined) : undefined;
              return m ? (
                <div className="chart-tooltip">
                  <strong>{f.date(new Date(monthMs(m.month)), "MONTH")}</strong>
                  <div>
                    {labels.developments}: {m.count}
                  </div>
                </div>
              ) : null;
            }}
          />
          <Bar dataKey="count" name={labels.developments} fill="#9ec5ec" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
      {data.lanes.length ? (
        <ResponsiveContainer width="100%" height={data.lanes.length * laneHeight + 44}>
          <ScatterChart margin={{ top: 8, right: 12, bottom: 0, left: 4 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e5e8eb" />
            {xAxis}
            <YAxis
              type="number"
              dataKey="y"
              width={48}
              reversed
              domain={[-0.6, data.lanes.length - 0.4]}
              ticks={data.lanes.map((l) => l.y)}
              tickFormatter={(y: number) => `#${data.lanes[y]?.n ?? ""}`}
              interval={0}
            />
            <Tooltip
              cursor={false}
              content={({ active, payload }) => {
                const p = active ? (payload?.[0]?.payload as (typeof data.points)[number] | undefined) : undefined;
                if (!p) return null;
                const lane = data.lanes[p.lane];
                return (
                  <div className="chart-tooltip">
                    <strong>{f.date(new Date(`${p.day}T00:00:00Z`))}</strong>
                    <div>{p.title}</div>
                    <div>
                      #{lane?.n} · {labels.stances[p.stance] ?? p.stance}
                    </div>
                  </div>
                );
              }}
            />
            {STANCE_LOOK.map((look) => (
              <Scatter
                key={look.key}
                name={labels.stances[look.key]}
                data={data.points.filter((p) => p.stance === look.key)}
                fill={look.fill}
                shape={look.shape}
                isAnimationActive={false}
                cursor="pointer"
                onClick={(point) => {
                  const id = (point as { payload?: { developmentId?: string } }).payload?.developmentId;
                  if (id) router.push(`/developments/${id}`);
                }}
              />
            ))}
          </ScatterChart>
        </ResponsiveContainer>
      ) : null}
      {data.lanes.length ? (
        <ul className="chart-legend">
          {STANCE_LOOK.map((look) => (
            <li key={look.key}>
              <span className={`key-${look.shape}`} style={{ background: look.fill }} />
              {labels.stances[look.key]}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
