"use client";

import { useFormStatus } from "react-dom";
import { Button, type ButtonVariant } from "./button";

/**
 * A submit button that says it is working while its form's action runs (when JavaScript is on).
 * While pending it refuses a second submit but stays focusable (aria-disabled, not disabled): a
 * disabled button drops the keyboard focus to the page, and its user loses their place.
 */
export function SubmitButton({
  children,
  pendingLabel,
  variant,
}: {
  children: React.ReactNode;
  pendingLabel: string;
  variant?: ButtonVariant;
}) {
  const { pending } = useFormStatus();
  return (
    <Button
      type="submit"
      variant={variant}
      aria-disabled={pending}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
    >
      {pending ? pendingLabel : children}
    </Button>
  );
}
