import { Card } from "@/components/ui/card";

type Row = { id: number; aspect: string; frontend: string; backend: string };

export function ComparisonTable({ rows, caption }: { rows: Row[]; caption: string }) {
  return (
    <Card
      raised
      className="relative overflow-x-auto p-0"
      role="region"
      aria-labelledby="comparison-caption"
      tabIndex={0}
    >
      <table className="compare w-full border-collapse text-left text-sm">
        <caption id="comparison-caption" className="px-5 pt-5 text-left text-base font-semibold">
          {caption}
        </caption>
        <thead>
          <tr className="border-b border-line text-ink-muted">
            <th scope="col" className="w-1/4 py-3 font-semibold">
              Aspect
            </th>
            <th scope="col" className="py-3 font-semibold">
              Frontend
            </th>
            <th scope="col" className="py-3 font-semibold">
              Backend
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.aspect}</th>
              <td>{row.frontend}</td>
              <td>{row.backend}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
