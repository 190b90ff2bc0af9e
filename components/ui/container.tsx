import type { ReactNode } from "react";
import { cn } from "./cn";
import { containerClass } from "./styles";

export function Container({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={cn(containerClass, className)}>{children}</div>;
}
