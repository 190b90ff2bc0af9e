/** Where to go after signing in: a path on this site only, never another origin (`//evil.example`, `/\evil`). */
export const safeCallbackUrl = (value: unknown, fallback: string) =>
  typeof value === "string" && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : fallback;
