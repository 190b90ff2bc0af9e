import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

/** The dashboard's list table: a hidden caption, header cells and an empty state. */
export function DataTable({
  caption,
  headers,
  empty,
  children,
  isEmpty,
}: {
  caption: string;
  headers: string[];
  empty: string;
  children: ReactNode;
  isEmpty: boolean;
}) {
  return (
    /* Focusable and named, so keyboard users can scroll a wide table sideways. */
    <Card className="mt-4 overflow-x-auto p-0" role="region" aria-label={caption} tabIndex={0}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-line text-ink-muted">
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col" className="px-4 py-3">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
      {isEmpty ? <p className="p-4 text-sm text-ink-muted">{empty}</p> : null}
    </Card>
  );
}
