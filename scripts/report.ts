import type { DatabaseReport } from "../db/backup";

const size = (bytes: number) =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 * 1024
      ? `${(bytes / 1024).toFixed(1)} kB`
      : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The lines `db:backup` and `db:restore` print about the copy they wrote. */
export function printReport(file: string, uploadsDir: string, report: DatabaseReport) {
  console.log(`  database  ${file} (${size(report.bytes)})`);
  console.log(`  uploads   ${uploadsDir} (${report.uploads.files} files, ${size(report.uploads.bytes)})`);
  console.log(
    `  rows      ${Object.entries(report.counts)
      .map(([table, rows]) => `${table} ${rows}`)
      .join(", ")}`,
  );
  console.log(`  integrity ${report.integrity}`);
  if (report.missingCvFiles.length > 0) {
    console.warn(
      `  warning   ${report.missingCvFiles.length} CV file(s) referenced by the database are missing: ${report.missingCvFiles.join(", ")}`,
    );
  }
}
