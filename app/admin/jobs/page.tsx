import { ActionForm } from "@/components/admin/action-form";
import { PageTitle } from "@/components/ui/page-title";
import { listQueuedJobs } from "@/db/queue";
import { jobStateLabels, jobTaskLabels } from "@/domain/labels";
import { formatDateTime } from "@/domain/slots";
import { type JobTask, jobStateOf, jobStates, jobTasks } from "@/domain/vocabulary";
import { readerTimeZone } from "@/services/reader-zone";
import { requireRole } from "@/services/session";
import { retryJob } from "./actions";

export const metadata = { title: "Jobs" };

const taskLabel = (task: string) => (jobTasks.includes(task as JobTask) ? jobTaskLabels[task as JobTask] : task);

export default async function JobsPage() {
  const actor = await requireRole("/admin/jobs", "admin");
  const zone = await readerTimeZone();
  const jobs = (await listQueuedJobs(actor)).map((job) => ({ ...job, state: jobStateOf(job) }));
  return (
    <>
      <PageTitle size="admin">Jobs</PageTitle>
      <p className="mt-2 max-w-prose text-sm text-ink-muted">
        Work done in the background: delivering each email, queuing the 24-hour call reminders, applying the retention
        schedule. A job that fails is tried again after a growing wait; one that has used all its attempts stays here as
        failed until you retry it. Finished jobs leave the list.
      </p>
      <ul aria-label="Jobs by state" className="mt-4 flex flex-wrap gap-2 text-sm">
        {jobStates.map((state) => (
          <li key={state} className="rounded-full border border-line bg-white px-3 py-1">
            {jobStateLabels[state]}: <strong>{jobs.filter((job) => job.state === state).length}</strong>
          </li>
        ))}
      </ul>
      <ul className="mt-6 space-y-2">
        {jobs.map((job) => (
          <li
            key={job.id}
            aria-label={`${taskLabel(job.task)}, job ${job.id}`}
            data-testid={`job-${job.id}`}
            className="flex flex-wrap items-start justify-between gap-3 rounded-lg border border-line bg-white p-4 text-sm"
          >
            <div className="min-w-0 wrap-anywhere">
              <p className="font-semibold">{taskLabel(job.task)}</p>
              <p className="text-ink-muted">
                Job {job.id}
                {job.key ? ` · ${job.key}` : null} · queued {formatDateTime(job.createdAt.getTime(), zone)}
              </p>
              <p>
                <strong>{jobStateLabels[job.state]}</strong> · attempt {job.attempts} of {job.maxAttempts}
                {job.state === "waiting" || job.state === "retrying"
                  ? ` · next run ${formatDateTime(job.runAt.getTime(), zone)}`
                  : null}
              </p>
              {job.lastError ? <p className="mt-1 text-ink-muted">Last error: {job.lastError}</p> : null}
            </div>
            {job.state === "failed" ? (
              <ActionForm action={retryJob} submitLabel="Retry">
                <input type="hidden" name="id" value={job.id} />
              </ActionForm>
            ) : null}
          </li>
        ))}
      </ul>
      {jobs.length === 0 ? <p className="mt-6 text-ink-muted">No jobs waiting: everything is done.</p> : null}
    </>
  );
}
