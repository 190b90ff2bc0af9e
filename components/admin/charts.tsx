/**
 * Server-rendered SVG charts for the overview. Every bar carries its number and its label in
 * text, so nothing depends on colour, and a table with the same figures follows each chart for
 * screen readers and for copying.
 */

type Point = { label: string; value: number };

export function WeeklyBarChart({ title, points, unit }: { title: string; points: Point[]; unit: string }) {
  const width = 720;
  const height = 220;
  const top = 24;
  const bottom = 40;
  const max = Math.max(1, ...points.map((point) => point.value));
  const slot = width / points.length;
  const barWidth = Math.min(40, slot * 0.6);
  const total = points.reduce((sum, point) => sum + point.value, 0);
  return (
    <figure className="relative rounded-(--radius-card) border border-line bg-white p-5">
      <figcaption className="font-semibold">{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} className="mt-3 h-auto w-full" role="img" aria-label={`${title}: ${total} ${unit} in ${points.length} weeks`}>
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
              <text x={x + barWidth / 2} y={height - bottom + 18} textAnchor="middle" className="fill-ink-muted text-[12px]">
                {point.label}
              </text>
            </g>
          );
        })}
      </svg>
      <FiguresTable caption={`${title} (figures)`} headers={["Week starting", unit]} rows={points.map((point) => [point.label, point.value])} />
    </figure>
  );
}

export function FunnelChart({ title, steps }: { title: string; steps: Point[] }) {
  const max = Math.max(1, ...steps.map((step) => step.value));
  const rowHeight = 34;
  const labelWidth = 170;
  const width = 720;
  const height = steps.length * rowHeight + 8;
  return (
    <figure className="relative rounded-(--radius-card) border border-line bg-white p-5">
      <figcaption className="font-semibold">{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} className="mt-3 h-auto w-full" role="img" aria-label={`${title}: ${steps.map((step) => `${step.label} ${step.value}`).join(", ")}`}>
        {steps.map((step, index) => {
          const barWidth = ((width - labelWidth - 60) * step.value) / max;
          const y = index * rowHeight + 4;
          return (
            <g key={step.label}>
              <text x={labelWidth - 10} y={y + 19} textAnchor="end" className="fill-ink text-[13px]">
                {step.label}
              </text>
              <rect x={labelWidth} y={y} width={Math.max(barWidth, 2)} height={rowHeight - 10} className="fill-brand-700" rx={3} />
              <text x={labelWidth + Math.max(barWidth, 2) + 8} y={y + 19} className="fill-ink text-[13px] font-semibold">
                {step.value}
              </text>
            </g>
          );
        })}
      </svg>
      <FiguresTable caption={`${title} (figures)`} headers={["Stage", "Candidates"]} rows={steps.map((step) => [step.label, step.value])} />
    </figure>
  );
}

function FiguresTable({ caption, headers, rows }: { caption: string; headers: string[]; rows: (string | number)[][] }) {
  return (
    <table className="sr-only">
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
  );
}
