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
  name,
  value,
}: {
  children: React.ReactNode;
  pendingLabel: string;
  variant?: ButtonVariant;
  /** For a form with several buttons: the pressed one's name and value are sent with the fields. */
  name?: string;
  value?: string;
}) {
  const { pending, data } = useFormStatus();
  // Of several buttons, only the pressed one says it is working.
  const pressed = pending && (name === undefined || data?.get(name) === value);
  return (
    <Button
      type="submit"
      name={name}
      value={value}
      variant={variant}
      aria-disabled={pending}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
    >
      {pressed ? pendingLabel : children}
    </Button>
  );
}
