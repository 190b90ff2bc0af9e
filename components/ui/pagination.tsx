import Link from "next/link";
import { filterQuery } from "@/domain/search-params";

/** Previous/next links that keep the current filters in the URL, so any view can be shared. */
export function Pagination({
  page,
  total,
  pageSize,
  params,
}: {
  page: number;
  total: number;
  pageSize: number;
  params: Record<string, string | undefined>;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (target: number) => `?${filterQuery({ ...params, page: String(target) })}`;
  return (
    <nav aria-label="Pages" className="mt-4 flex items-center justify-between text-sm">
      <span className="text-ink-muted">
        {total} result{total === 1 ? "" : "s"} · page {page} of {pages}
      </span>
      <span className="flex gap-2">
        {page > 1 ? (
          <Link href={href(page - 1)} className="rounded-md border border-line bg-white px-3 py-2 font-medium">
            Previous
          </Link>
        ) : null}
        {page < pages ? (
          <Link href={href(page + 1)} className="rounded-md border border-line bg-white px-3 py-2 font-medium">
            Next
          </Link>
        ) : null}
      </span>
    </nav>
  );
}
