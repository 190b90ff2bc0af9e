import type { ReactNode } from "react";

export function Card({ children, className = "", as: Tag = "div" }: { children: ReactNode; className?: string; as?: "div" | "li" | "article" }) {
  return <Tag className={`rounded-(--radius-card) border border-line bg-white p-5 shadow-(--shadow-card) ${className}`}>{children}</Tag>;
}
