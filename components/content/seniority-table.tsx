import { formatMoney, formatYears } from "@/lib/format";

type Level = { id: number; name: string; yearsMin: number; yearsMax: number | null; responsibilities: string[]; salary: number };

export function SeniorityTable({
  roleName,
  levels,
  currency,
  salaryYear,
}: {
  roleName: string;
  levels: Level[];
  currency: string;
  salaryYear: number;
}) {
  return (
    <div className="relative overflow-x-auto rounded-(--radius-card) border border-line bg-white shadow-(--shadow-card)" role="region" aria-labelledby="seniority-caption" tabIndex={0}>
      <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
        <caption id="seniority-caption" className="px-5 pt-5 text-left text-base font-semibold">
          {roleName}s by seniority
          <span className="mt-1 block text-sm font-normal text-ink-muted">
            Average salaries are indicative, in {currency} per year, for {salaryYear}.
          </span>
        </caption>
        <thead>
          <tr className="border-b border-line text-ink-muted">
            {/* The level column stays in view while a phone scrolls the rest sideways. */}
            <th scope="col" className="sticky left-0 z-10 bg-white px-5 py-3 font-semibold">
              Level
            </th>
            <th scope="col" className="px-5 py-3 font-semibold">Experience</th>
            <th scope="col" className="px-5 py-3 font-semibold">Responsibilities and activities</th>
            <th scope="col" className="px-5 py-3 text-right font-semibold">
              Average salary <span className="sr-only">({currency} per year, {salaryYear})</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {levels.map((level) => (
            <tr key={level.id} className="border-b border-line align-top last:border-b-0">
              <th scope="row" className="sticky left-0 z-10 bg-white px-5 py-4 font-semibold whitespace-nowrap shadow-[1px_0_0_var(--color-line)]">
                {level.name}
              </th>
              <td className="px-5 py-4 whitespace-nowrap">{formatYears(level.yearsMin, level.yearsMax)}</td>
              <td className="px-5 py-4">
                <ul className="list-disc space-y-1 pl-4 text-ink-muted">
                  {level.responsibilities.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              </td>
              <td className="px-5 py-4 text-right font-semibold whitespace-nowrap tabular-nums">
                {formatMoney(level.salary, currency)}
                <span className="block text-xs font-normal text-ink-muted">per year</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
