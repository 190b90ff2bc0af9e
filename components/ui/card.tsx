import type { HTMLAttributes } from "react";
import { cn } from "./cn";

/** app/globals.css: the border, radius, white and p-5. */
export const cardClasses = "card";

/**
 * A white panel with the site's border and radius. `raised` adds the card shadow (forms and
 * public pages); `className` overrides through cn(), so `p-6` or `p-0` replaces the padding.
 */
export function Card({
  as: Tag = "div",
  raised = false,
  className,
  ...props
}: HTMLAttributes<HTMLElement> & { as?: "div" | "li" | "article" | "section" | "aside" | "figure"; raised?: boolean }) {
  return <Tag className={cn(cardClasses, raised && "card-raised", className)} {...props} />;
}
