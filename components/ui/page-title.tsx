import type { ComponentProps } from "react";
import { cn } from "./cn";
import { pageTitleSizes } from "./styles";

const sizes = pageTitleSizes;

/** A page's one h1: "page" on public and account pages, "hero" over a landing page's intro, "admin" in the dashboard. */
export function PageTitle({
  size = "page",
  className,
  ...props
}: ComponentProps<"h1"> & { size?: keyof typeof sizes }) {
  return <h1 className={cn(sizes[size], className)} {...props} />;
}
