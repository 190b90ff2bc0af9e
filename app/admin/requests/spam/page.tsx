import { DataTable } from "@/components/admin/data-table";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-fields";
import { PageTitle } from "@/components/ui/page-title";
import { Pagination } from "@/components/ui/pagination";
import { TextLink } from "@/components/ui/text-link";
import { getRequest } from "@/db/queries/admin/requests";
import { listQuarantine, SPAM_PAGE_SIZE } from "@/db/queries/contact-quarantine";
import { formatDate } from "@/domain/format";
import { retention } from "@/domain/retention-policy";
import { pageParam, param } from "@/domain/search-params";
import { spamReasonLabels } from "@/domain/spam-reasons";
import { requireStaff } from "@/services/session";
import { deleteSpam, restoreSpam } from "./actions";

export const metadata = { title: "Spam" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SpamPage({ searchParams }: Props) {
  const actor = await requireStaff("/admin/requests/spam");
  const query = await searchParams;
  const page = pageParam(query.page);
  const { rows, total } = await listQuarantine(actor, page);
  const restoredId = Number(param(query.restored));
  const restored = Number.isSafeInteger(restoredId) && restoredId > 0 ? await getRequest(actor, restoredId) : null;

  return (
    <>
      <TextLink href="/admin/requests" className="text-sm">
        All requests
      </TextLink>
      <PageTitle size="admin" className="mt-3">
        Spam
      </PageTitle>
      <p className="mt-1 max-w-3xl text-ink-muted">
        Contact requests that looked automated are held here instead of the inbox; the sender was told we would review
        their message. Restore a real one to give it a reference and put it in the inbox. Held requests are deleted{" "}
        {retention.quarantineDays} days after they were sent.
      </p>
      <div className="mt-4 space-y-2">
        {restored ? (
          <FormAlert tone="success">
            Restored as{" "}
            <TextLink variant="inherit" href={`/admin/requests/${restored.id}`} className="font-mono">
              {restored.reference}
            </TextLink>
            : it is in the inbox now.
          </FormAlert>
        ) : null}
        {param(query.deleted) ? <FormAlert tone="success">Deleted the held request for good.</FormAlert> : null}
        {param(query.missing) ? (
          <FormAlert tone="error">
            That request is no longer held here: someone may have restored or deleted it already.
          </FormAlert>
        ) : null}
      </div>
      <DataTable
        caption="Requests held as suspected spam, newest first"
        headers={["Received", "From", "Need", "Message", "Why it was held", "Actions"]}
        empty="Nothing is held as spam."
        isEmpty={rows.length === 0}
      >
        {rows.map((row) => (
          <tr key={row.id} data-testid={`spam-${row.id}`} className="border-b border-line align-top last:border-0">
            <td className="px-4 py-3 whitespace-nowrap">{formatDate(row.createdAt)}</td>
            <td className="px-4 py-3">
              {row.name}, {row.company}
              <span className="block text-xs text-ink-muted">{row.email}</span>
            </td>
            <td className="px-4 py-3">
              {row.developers} × {row.seniority} {row.role}
            </td>
            <td className="max-w-sm px-4 py-3">
              <p className="line-clamp-4 break-words">{row.message}</p>
            </td>
            <td className="px-4 py-3">{spamReasonLabels[row.reason]}</td>
            <td className="px-4 py-3">
              <div className="flex flex-wrap items-start gap-2">
                <form action={restoreSpam}>
                  <input type="hidden" name="id" value={row.id} />
                  <Button type="submit" aria-label={`Restore the request from ${row.name}`}>
                    Restore
                  </Button>
                </form>
                {/* A disclosure asks once before deleting, with or without JavaScript. */}
                <details className="group">
                  <summary className="inline-flex min-h-11 cursor-pointer list-none items-center [&::-webkit-details-marker]:hidden rounded-lg border border-danger-700 px-4 text-sm font-semibold text-danger-700 hover:bg-red-50">
                    Delete…<span className="sr-only"> the request from {row.name}</span>
                  </summary>
                  <form
                    action={deleteSpam}
                    className="mt-2 w-56 rounded-lg border border-danger-700/30 bg-red-50 p-3 text-sm"
                  >
                    <input type="hidden" name="id" value={row.id} />
                    <p>Delete the request from {row.name} for good? It cannot be restored.</p>
                    <Button type="submit" variant="danger" className="mt-2">
                      Delete for good
                    </Button>
                  </form>
                </details>
              </div>
            </td>
          </tr>
        ))}
      </DataTable>
      <Pagination
        page={page}
        total={{ count: total, exact: true }}
        hasNext={page * SPAM_PAGE_SIZE < total}
        pageSize={SPAM_PAGE_SIZE}
        params={{}}
      />
    </>
  );
}
