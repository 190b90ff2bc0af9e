import Link from "next/link";
import type { ComponentProps } from "react";
import { cn } from "./cn";
import { buttonBaseClass, buttonVariantClasses } from "./styles";

/** "danger" is for actions that destroy something: red, and asked for once before they run. */
export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger";

const base = buttonBaseClass;
const variants: Record<ButtonVariant, string> = buttonVariantClasses;

export function buttonClasses(variant: ButtonVariant = "primary", className?: string) {
  return cn(base, variants[variant], className);
}

export function Button({
  variant = "primary",
  className,
  ...props
}: ComponentProps<"button"> & { variant?: ButtonVariant }) {
  return <button className={buttonClasses(variant, className)} {...props} />;
}

export function ButtonLink({
  variant = "primary",
  className,
  ...props
}: ComponentProps<typeof Link> & { variant?: ButtonVariant }) {
  return <Link className={buttonClasses(variant, className)} {...props} />;
}
