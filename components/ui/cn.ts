import { type ClassValue, clsx } from "clsx";
import { twMerge } from "tailwind-merge";

/** Joins class names, and a later Tailwind class wins over an earlier one it conflicts with (`p-5` then `p-6` → `p-6`). */
export function cn(...inputs: ClassValue[]) {
  return twMerge(clsx(inputs));
}
