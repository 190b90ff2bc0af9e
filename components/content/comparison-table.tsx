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
      <table className="w-full border-collapse text-left text-sm">
        <caption id="comparison-caption" className="px-5 pt-5 text-left text-base font-semibold">
          {caption}
        </caption>
        <thead>
          <tr className="border-b border-line text-ink-muted">
            <th scope="col" className="w-1/4 px-3 py-3 font-semibold sm:px-5">
              Aspect
            </th>
            <th scope="col" className="px-3 py-3 font-semibold sm:px-5">
              Frontend
            </th>
            <th scope="col" className="px-3 py-3 font-semibold sm:px-5">
              Backend
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-line align-top last:border-b-0">
              <th scope="row" className="px-3 py-4 font-semibold sm:px-5">
                {row.aspect}
              </th>
              <td className="px-3 py-4 leading-6 sm:px-5">{row.frontend}</td>
              <td className="px-3 py-4 leading-6 sm:px-5">{row.backend}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
