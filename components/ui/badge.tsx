import type { ReactNode } from "react";

export function Badge({ children, tone = "brand" }: { children: ReactNode; tone?: "brand" | "accent" }) {
  return <span className={tone === "accent" ? "badge badge-accent" : "badge"}>{children}</span>;
}
