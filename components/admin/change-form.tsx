import type { ReactNode } from "react";
import type { ActionState } from "@/lib/action-state";
import { ActionForm } from "./action-form";

type Option = string | { value: string; label: string };

/** One choice (status, stage, assignee, rating), with a reason field when the change may need one. */
export function ChangeForm({
  title,
  action,
  id,
  name,
  label,
  options,
  value,
  reasonLabel,
  reasonHint,
  submitLabel,
  children,
}: {
  title: string;
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  id: number;
  name: string;
  label: string;
  options: readonly Option[];
  value: string;
  reasonLabel?: string;
  /** Who reads the reason, said under the field and read with it by screen readers. */
  reasonHint?: string;
  submitLabel: string;
  /** More under the form, e.g. a DangerForm for a step back that needs confirming. */
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={`${name}-form-title`} className="rounded-(--radius-card) border border-line bg-white p-5">
      <h2 id={`${name}-form-title`} className="mb-3 font-semibold">
        {title}
      </h2>
      <ActionForm action={action} submitLabel={submitLabel}>
        <input type="hidden" name="id" value={id} />
        <label htmlFor={`new-${name}`} className="block text-sm font-semibold">
          {label}
        </label>
        <select id={`new-${name}`} name={name} defaultValue={value} className="w-full rounded-lg border border-line px-3 py-2">
          {options.map((option) => {
            const { value: optionValue, label: optionLabel } = typeof option === "string" ? { value: option, label: option } : option;
            return (
              <option key={optionValue} value={optionValue}>
                {optionLabel}
              </option>
            );
          })}
        </select>
        {reasonLabel ? (
          <>
            <label htmlFor={`${name}-reason`} className="block text-sm font-semibold">
              {reasonLabel}
            </label>
            {reasonHint ? (
              <p id={`${name}-reason-hint`} className="text-sm text-ink-muted">
                {reasonHint}
              </p>
            ) : null}
            <input
              id={`${name}-reason`}
              name="reason"
              maxLength={500}
              aria-describedby={reasonHint ? `${name}-reason-hint` : undefined}
              className="w-full rounded-lg border border-line px-3 py-2"
            />
          </>
        ) : null}
      </ActionForm>
      {children ? <div className="mt-4">{children}</div> : null}
    </section>
  );
}
