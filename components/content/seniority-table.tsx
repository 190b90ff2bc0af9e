import { Card } from "@/components/ui/card";
import { formatMoney, formatYears } from "@/domain/format";

type Level = {
  id: number;
  name: string;
  yearsMin: number;
  yearsMax: number | null;
  responsibilities: string[];
  salary: number;
};

/*
 * On a phone each level is a card (the rows stack, each value under a small label), so the level,
 * its duties and its salary are read together instead of scrolling sideways away from the level's
 * name. The explicit roles keep it a table for assistive technology once CSS changes its display.
 * The rows' and cells' styles are the `levels` rules of app/globals.css.
 */

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
    <Card
      raised
      className="relative overflow-x-auto p-0"
      role="region"
      aria-labelledby="seniority-caption"
      tabIndex={0}
    >
      <table role="table" className="levels w-full border-collapse text-left text-sm max-sm:block sm:min-w-[40rem]">
        <caption id="seniority-caption" className="px-5 pt-5 text-left text-base font-semibold max-sm:block">
          {roleName}s by seniority
          <span className="mt-1 block text-sm font-normal text-ink-muted">
            Our indicative average salary for each level, in {currency} per year, for {salaryYear}: a guide for
            budgeting, not a national average.
          </span>
        </caption>
        <thead role="rowgroup" className="max-sm:sr-only">
          <tr role="row" className="border-b border-line text-ink-muted">
            <th role="columnheader" scope="col" className="px-5 py-3 font-semibold">
              Level
            </th>
            <th role="columnheader" scope="col" className="px-5 py-3 font-semibold">
              Experience
            </th>
            <th role="columnheader" scope="col" className="px-5 py-3 font-semibold">
              Responsibilities and activities
            </th>
            <th role="columnheader" scope="col" className="px-5 py-3 text-right font-semibold">
              Average salary{" "}
              <span className="sr-only">
                ({currency} per year, {salaryYear})
              </span>
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup" className="max-sm:block max-sm:px-5 max-sm:pb-2">
          {levels.map((level) => (
            <tr role="row" key={level.id}>
              <th role="rowheader" scope="row">
                {level.name}
              </th>
              <td role="cell" data-label="Experience" className="whitespace-nowrap">
                {formatYears(level.yearsMin, level.yearsMax)}
              </td>
              <td role="cell" data-label="Responsibilities and activities">
                <ul className="list-disc space-y-1 pl-4 text-ink-muted">
                  {level.responsibilities.map((item, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: never reordered; keyed by its text, the page would carry each duty twice
                    <li key={index}>{item}</li>
                  ))}
                </ul>
              </td>
              <td
                role="cell"
                data-label="Average salary"
                className="text-right font-semibold whitespace-nowrap tabular-nums max-sm:text-left"
              >
                {formatMoney(level.salary, currency)}
                <span className="ml-1 text-xs font-normal text-ink-muted sm:ml-0 sm:block">per year</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
