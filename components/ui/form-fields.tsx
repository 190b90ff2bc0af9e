import type { ComponentProps, ReactNode } from "react";

const controlClasses =
  "mt-1.5 block w-full rounded-lg border bg-white px-3 py-2.5 text-base text-ink shadow-sm placeholder:text-ink-muted/70 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-200 aria-invalid:border-danger-700";

/**
 * `id` is needed only when the same field name appears in several forms on one page;
 * `markOptional={false}` drops "(optional)" where an empty field has a meaning of its own;
 * `requiredWhen` ("when not hired") is for a field required in some cases only: the hint says so
 * once, and the label is neither "(optional)" nor repeats it.
 */
type Common = {
  name: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  requiredWhen?: string;
  id?: string;
  markOptional?: boolean;
};

function ids(name: string, error?: string, hint?: ReactNode, id?: string) {
  const prefix = id ?? name;
  const described = [hint ? `${prefix}-hint` : null, error ? `${prefix}-error` : null].filter(Boolean).join(" ");
  return { id: id ?? `field-${name}`, prefix, describedBy: described || undefined };
}

function Label({ htmlFor, label, optional }: { htmlFor: string; label: string; optional: boolean }) {
  return (
    <label htmlFor={htmlFor} className="block text-sm font-semibold text-ink">
      {label}
      {optional ? <span className="font-normal text-ink-muted"> (optional)</span> : null}
    </label>
  );
}

function Messages({ prefix, error, hint }: { prefix: string; error?: string; hint?: ReactNode }) {
  return (
    <>
      {hint ? (
        <p id={`${prefix}-hint`} className="mt-1 text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${prefix}-error`} className="mt-1 text-sm font-medium text-danger-700">
          {error}
        </p>
      ) : null}
    </>
  );
}

/** Label, control and messages: the control gets its id and ARIA attributes from here. */
function Field({
  name,
  label,
  error,
  hint: givenHint,
  required,
  requiredWhen,
  className,
  id: givenId,
  markOptional = true,
  control,
}: Common & {
  className: string;
  control: (aria: { id: string; "aria-invalid"?: true; "aria-describedby"?: string; className: string }) => ReactNode;
}) {
  const hint = requiredWhen ? (
    <>
      Required {requiredWhen}.{givenHint ? <> {givenHint}</> : null}
    </>
  ) : (
    givenHint
  );
  const { id, prefix, describedBy } = ids(name, error, hint, givenId);
  return (
    <div className={className}>
      <Label htmlFor={id} label={label} optional={!required && !requiredWhen && markOptional} />
      {control({
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy,
        className: `${controlClasses} border-line`,
      })}
      <Messages prefix={prefix} error={error} hint={hint} />
    </div>
  );
}

export function TextField({
  name,
  label,
  error,
  hint,
  required,
  requiredWhen,
  id,
  markOptional,
  className = "",
  ...props
}: Common & Omit<ComponentProps<"input">, "name">) {
  return (
    <Field
      {...{ name, label, error, hint, required, requiredWhen, id, markOptional, className }}
      control={(aria) => <input name={name} required={required} {...aria} {...props} />}
    />
  );
}

export function TextAreaField({
  name,
  label,
  error,
  hint,
  required,
  requiredWhen,
  id,
  markOptional,
  className = "",
  ...props
}: Common & Omit<ComponentProps<"textarea">, "name">) {
  return (
    <Field
      {...{ name, label, error, hint, required, requiredWhen, id, markOptional, className }}
      control={(aria) => (
        <textarea name={name} required={required} {...aria} className={`${aria.className} min-h-32`} {...props} />
      )}
    />
  );
}

export function SelectField({
  name,
  label,
  error,
  hint,
  required,
  requiredWhen,
  id,
  markOptional,
  options,
  className = "",
  ...props
}: Common & Omit<ComponentProps<"select">, "name"> & { options: readonly { value: string; label: string }[] }) {
  return (
    <Field
      {...{ name, label, error, hint, required, requiredWhen, id, markOptional, className }}
      control={(aria) => (
        <select name={name} required={required} {...aria} {...props}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}

export function CheckboxField({
  name,
  label,
  error,
  className = "",
  id: givenId,
  ...props
}: Omit<Common, "label" | "hint" | "markOptional" | "requiredWhen"> & { label: ReactNode } & Omit<
    ComponentProps<"input">,
    "name" | "type"
  >) {
  const { id, prefix, describedBy } = ids(name, error, undefined, givenId);
  return (
    <div className={className}>
      <div className="flex items-start gap-3">
        <input
          id={id}
          name={name}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className="mt-1 h-5 w-5 shrink-0 rounded border-line accent-brand-700"
          {...props}
        />
        <label htmlFor={id} className="text-sm leading-6">
          {label}
        </label>
      </div>
      <Messages prefix={prefix} error={error} />
    </div>
  );
}

/** A form-level message (success or failure) announced to screen readers. */
export function FormAlert({ tone, children }: { tone: "error" | "success"; children: ReactNode }) {
  const styles =
    tone === "error"
      ? "border-danger-700/30 bg-red-50 text-danger-700"
      : "border-success-700/30 bg-green-50 text-success-700";
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={`rounded-lg border px-4 py-3 text-sm font-medium wrap-anywhere ${styles}`}
    >
      {children}
    </div>
  );
}
