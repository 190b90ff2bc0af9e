import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { Input, Label, Select } from "@/components/ui/input";
import type { ActionState } from "@/domain/action-state";
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
    <Card as="section" aria-labelledby={`${name}-form-title`}>
      <h2 id={`${name}-form-title`} className="mb-3 font-semibold">
        {title}
      </h2>
      <ActionForm action={action} submitLabel={submitLabel}>
        <input type="hidden" name="id" value={id} />
        <Label htmlFor={`new-${name}`}>{label}</Label>
        <Select id={`new-${name}`} name={name} defaultValue={value} className="w-full">
          {options.map((option) => {
            const { value: optionValue, label: optionLabel } =
              typeof option === "string" ? { value: option, label: option } : option;
            return (
              <option key={optionValue} value={optionValue}>
                {optionLabel}
              </option>
            );
          })}
        </Select>
        {reasonLabel ? (
          <>
            <Label htmlFor={`${name}-reason`}>{reasonLabel}</Label>
            {reasonHint ? (
              <p id={`${name}-reason-hint`} className="text-sm text-ink-muted">
                {reasonHint}
              </p>
            ) : null}
            <Input
              id={`${name}-reason`}
              name="reason"
              maxLength={500}
              aria-describedby={reasonHint ? `${name}-reason-hint` : undefined}
              className="w-full"
            />
          </>
        ) : null}
      </ActionForm>
      {children ? <div className="mt-4">{children}</div> : null}
    </Card>
  );
}
