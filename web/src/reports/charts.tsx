import { useTranslation } from "react-i18next";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

// Charts draw what their table beside them holds (docs/decisions/0008-dashboard-charts-with-recharts.md): a reader who cannot
// see the chart reads the table; recharts' accessibility layer lets a keyboard walk the points.

const COLORS = ["var(--accent, #2458b3)", "#b35c00", "#2f7d32", "#8e24aa"];

type Series = { key: string; label: string };

/** Where the chart says what it shows, and that its table is the same figures. */
function Frame({ title, children }: { title: string; children: React.ReactNode }) {
  const { t } = useTranslation("reports");
  return (
    <figure className="report-chart">
      {/* Axes read left to right in every language: numbers and dates are not mirrored. */}
      <div dir="ltr" role="img" aria-label={t("chartOf", { title })}>
        <ResponsiveContainer width="100%" height={220}>
          {children as React.ReactElement}
        </ResponsiveContainer>
      </div>
      <figcaption className="visually-hidden">{t("chartOf", { title })}</figcaption>
    </figure>
  );
}

/** What every chart takes: its rows (the table beside it), the column along the axis, and the series drawn. */
type FigureProps = {
  title: string;
  rows: ReadonlyArray<Record<string, string | number | boolean | null>>;
  category: string;
  series: readonly Series[];
};

/** Bars, one per row, one colour per series. */
export function BarFigure({ title, rows, category, series }: FigureProps) {
  return (
    <Frame title={title}>
      <BarChart data={[...rows]} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey={category} />
        <YAxis allowDecimals={false} />
        <Tooltip />
        {series.length > 1 ? <Legend /> : null}
        {series.map((s, i) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} fill={COLORS[i % COLORS.length]} isAnimationActive={false} />
        ))}
      </BarChart>
    </Frame>
  );
}

/** Lines over the period's days or weeks. */
export function LineFigure({ title, rows, category, series }: FigureProps) {
  return (
    <Frame title={title}>
      <LineChart data={[...rows]} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey={category} />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Legend />
        {series.map((s, i) => (
          <Line
            key={s.key}
            type="monotone"
            dataKey={s.key}
            name={s.label}
            stroke={COLORS[i % COLORS.length]}
            isAnimationActive={false}
            connectNulls
          />
        ))}
      </LineChart>
    </Frame>
  );
}
