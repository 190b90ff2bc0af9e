import { stringify } from "csv-stringify/sync";

/**
 * Spreadsheet apps run a cell that starts with = + - @ (or a tab or CR that hides one) as a
 * formula. Such cells get a leading apostrophe, which shows as text and runs nothing.
 */
export function neutralizeCell(value: unknown): string {
  const text = value instanceof Date ? value.toISOString() : value === null || value === undefined ? "" : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function toCsv<Row>(rows: Row[], columns: { header: string; value: (row: Row) => unknown }[]): string {
  return stringify([
    columns.map((column) => column.header),
    ...rows.map((row) => columns.map((column) => neutralizeCell(column.value(row)))),
  ]);
}

export function csvResponse(csv: string, name: string) {
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
