"use client";

import { type ComponentProps, startTransition, useEffect, useRef } from "react";

/**
 * A form for an action from useActionState that keeps what was typed. React 19 resets a form after
 * its action runs, which would empty every field after a validation error. So with JavaScript the
 * submit is dispatched in a transition instead: React still reports it pending (useFormStatus) but
 * does not reset. The form is cleared only when `resetAfter` becomes a new truthy value — pass the
 * success state where a form should start empty again. Without JavaScript it is a plain post, and
 * the page renders the kept values as the fields' defaults.
 */
export function ActionForm({
  action,
  resetAfter,
  ...props
}: Omit<ComponentProps<"form">, "action" | "onSubmit" | "ref"> & {
  action: (formData: FormData) => void;
  resetAfter?: unknown;
}) {
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (resetAfter) form.current?.reset();
  }, [resetAfter]);

  return (
    <form
      ref={form}
      action={action}
      onSubmit={(event) => {
        event.preventDefault();
        // The pressed button's name and value travel with the fields (e.g. "Save draft" or "Submit").
        const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
        startTransition(() => action(data));
      }}
      {...props}
    />
  );
}
