import type { HTMLAttributes } from "react";
import { cn } from "./cn";

export const cardClasses = "rounded-(--radius-card) border border-line bg-white p-5";

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
  return <Tag className={cn(cardClasses, raised && "shadow-(--shadow-card)", className)} {...props} />;
}
