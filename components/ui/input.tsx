import type { ComponentProps } from "react";
import { cn } from "./cn";

/** The compact control of staff forms; the labelled fields of public forms are in form-fields.tsx. */
export const inputClasses = "rounded-lg border border-line bg-white px-3 py-2";

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={cn(inputClasses, className)} {...props} />;
}

export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return <textarea className={cn(inputClasses, className)} {...props} />;
}

export function Select({ className, ...props }: ComponentProps<"select">) {
  return <select className={cn(inputClasses, className)} {...props} />;
}

/** The label of a compact control: `text-xs` where several sit side by side in a small form. */
export function Label({ className, ...props }: ComponentProps<"label">) {
  return <label className={cn("block text-sm font-semibold", className)} {...props} />;
}
