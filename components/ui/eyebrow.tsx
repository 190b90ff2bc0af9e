import type { HTMLAttributes } from "react";
import { cn } from "./cn";

/** The small capitals line above or in place of a heading ("For backend developers", "On this page"). */
export function Eyebrow({
  as: Tag = "p",
  tone = "brand",
  className,
  ...props
}: HTMLAttributes<HTMLElement> & { as?: "p" | "h2" | "dt"; tone?: "brand" | "muted" }) {
  return <Tag className={cn("eyebrow", tone === "muted" && "eyebrow-muted", className)} {...props} />;
}
