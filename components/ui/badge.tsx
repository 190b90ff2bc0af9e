import type { ReactNode } from "react";
import { cn } from "./cn";

export function Badge({ children, tone = "brand" }: { children: ReactNode; tone?: "brand" | "accent" }) {
  const tones = { brand: "bg-brand-50 text-brand-800", accent: "bg-accent-100 text-accent-700" };
  return (
    <span className={cn("inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold", tones[tone])}>
      {children}
    </span>
  );
}
