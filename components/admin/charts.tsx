import { Card } from "@/components/ui/card";

/**
 * Server-rendered charts for the overview (SVG columns, HTML bars). Every bar carries its number and its label in
 * text, so nothing depends on colour, and a table with the same figures follows each chart for
 * screen readers and for copying.
 */

type Point = { label: string; value: number };

export function WeeklyBarChart({ title, points, unit }: { title: string; points: Point[]; unit: string }) {
  const width = 720;
  const height = 200;
  const top = 24;
  const bottom = 40;
  const max = Math.max(1, ...points.map((point) => point.value));
  const slot = width / points.length;
  const barWidth = Math.min(40, slot * 0.6);
  const total = points.reduce((sum, point) => sum + point.value, 0);
  return (
    <Card as="figure" className="relative min-w-0">
      <figcaption className="font-semibold">{title}</figcaption>
      {/* Never narrower than its labels need: on a phone the chart scrolls sideways inside its box. */}
      <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label={`${title}, chart`}>
        <svg
          viewBox={`0 0 ${width} ${height}`}
          className="h-auto w-full min-w-[45rem]"
          role="img"
          aria-label={`${title}: ${total} ${unit} in ${points.length} weeks`}
        >
          <line x1={0} x2={width} y1={height - bottom} y2={height - bottom} className="stroke-line" strokeWidth={1} />
          {points.map((point, index) => {
            const barHeight = ((height - top - bottom) * point.value) / max;
            const x = index * slot + (slot - barWidth) / 2;
            const y = height - bottom - barHeight;
            return (
              <g key={point.label}>
                <rect x={x} y={y} width={barWidth} height={barHeight} className="fill-brand-700" rx={3} />
                <text x={x + barWidth / 2} y={y - 6} textAnchor="middle" className="fill-ink text-[13px] font-semibold">
                  {point.value}
                </text>
                <text
                  x={x + barWidth / 2}
                  y={height - bottom + 18}
                  textAnchor="middle"
                  className="fill-ink-muted text-[12px]"
                >
                  {point.label}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <FiguresTable
        caption={`${title} (figures)`}
        headers={["Week starting", unit]}
        rows={points.map((point) => [point.label, point.value])}
      />
    </Card>
  );
}

/** Horizontal bars in HTML, so labels keep their size on a phone; the numbers are printed beside the bars. */
export function FunnelChart({ title, steps }: { title: string; steps: Point[] }) {
  const max = Math.max(1, ...steps.map((step) => step.value));
  return (
    <Card as="figure" className="relative">
      <figcaption className="font-semibold">{title}</figcaption>
      <ol className="mt-3 space-y-2" aria-hidden="true">
        {steps.map((step) => (
          <li
            key={step.label}
            className="grid grid-cols-[9rem_1fr] items-center gap-3 text-sm sm:grid-cols-[11rem_1fr]"
          >
            <span className="text-right">{step.label}</span>
            <span className="flex items-center gap-2">
              {/* An SVG bar: its width is an attribute, so no inline style is needed (the CSP allows none). */}
              <svg viewBox="0 0 100 10" preserveAspectRatio="none" className="h-6 w-[85%] shrink-0">
                <rect width={Math.max((step.value / max) * 100, 0.5)} height={10} className="fill-brand-700" />
              </svg>
              <span className="font-semibold">{step.value}</span>
            </span>
          </li>
        ))}
      </ol>
      <FiguresTable
        caption={`${title} (figures)`}
        headers={["Stage", "Candidates"]}
        rows={steps.map((step) => [step.label, step.value])}
      />
    </Card>
  );
}

function FiguresTable({ caption, headers, rows }: { caption: string; headers: string[]; rows: (string | number)[][] }) {
  // The wrapper hides it: a table ignores the 1px width of `sr-only` and would widen a phone's page.
  return (
    <div className="sr-only">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={String(label)}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
