import Link from "next/link";
import { type ListTotal, totalLabel } from "@/domain/list-total";
import { filterQuery } from "@/domain/search-params";

/**
 * Previous/next links that keep the current filters in the URL, so any view can be shared. A list
 * counted past its limit ("10,000+ results") does not know its last page: it says which page this is,
 * and offers the next one when the page query found one more row.
 */
export function Pagination({
  page,
  total,
  hasNext,
  pageSize,
  params,
}: {
  page: number;
  total: ListTotal;
  hasNext: boolean;
  pageSize: number;
  params: Record<string, string | undefined>;
}) {
  const pages = Math.max(1, Math.ceil(total.count / pageSize));
  const href = (target: number) => `?${filterQuery({ ...params, page: String(target) })}`;
  return (
    <nav aria-label="Pages" className="mt-4 flex items-center justify-between text-sm">
      <span className="text-ink-muted">
        {totalLabel(total)} · page {page}
        {total.exact ? ` of ${pages}` : null}
      </span>
      <span className="flex gap-2">
        {page > 1 ? (
          <Link href={href(page - 1)} className="rounded-md border border-line bg-white px-3 py-2 font-medium">
            Previous
          </Link>
        ) : null}
        {hasNext ? (
          <Link href={href(page + 1)} className="rounded-md border border-line bg-white px-3 py-2 font-medium">
            Next
          </Link>
        ) : null}
      </span>
    </nav>
  );
}
