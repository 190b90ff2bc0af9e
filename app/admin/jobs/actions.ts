"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { withAudit } from "@/db/queries/audit";
import { retryQueuedJob } from "@/db/queue";
import { fail } from "@/domain/action-state";
import { staffAction } from "@/services/action";

export const retryJob = staffAction(
  {
    returnTo: "/admin/jobs",
    adminOnly: true,
    schema: z.object({ id: z.string().regex(/^\d{1,15}$/, "This job is not on the list.") }),
  },
  async (input, actor) => {
    const retried = await withAudit(
      actor,
      () => retryQueuedJob(actor, input.id),
      (ok) => ok && { action: "job.retry", subject: `job #${input.id}` },
    );
    if (!retried) return fail("Only a failed job can be retried; this one is no longer failed.");
    revalidatePath("/admin/jobs");
    return { status: "success", message: "Queued again: it runs within seconds." };
  },
);
