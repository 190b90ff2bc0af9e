import type { ReactNode } from "react";
import type { ActionState } from "@/domain/action-state";
import { ActionForm } from "./action-form";

/**
 * A destructive action that asks once, without JavaScript: a disclosure ("Delete Junior…") that
 * says what will happen and holds the real, red button. Nothing runs until that button is pressed.
 */
export function DangerForm({
  action,
  summary,
  warning,
  submitLabel,
  children,
}: {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  /** The disclosure's text, ending in "…" because a second step follows. */
  summary: string;
  warning: ReactNode;
  submitLabel: string;
  /** The hidden fields that say what to act on. */
  children: ReactNode;
}) {
  return (
    <details className="w-fit max-w-full rounded-lg border border-danger-700/30 open:w-full open:bg-red-50/60">
      <summary className="inline-flex min-h-11 cursor-pointer items-center rounded-lg px-4 text-sm font-semibold text-danger-700 hover:bg-red-50">
        {summary}
      </summary>
      <div className="space-y-3 px-4 pb-4">
        <p className="text-sm">{warning}</p>
        <ActionForm action={action} submitLabel={submitLabel} variant="danger">
          {children}
        </ActionForm>
      </div>
    </details>
  );
}
