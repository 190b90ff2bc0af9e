"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/" })}
      className="min-h-11 rounded-md px-3 text-sm font-medium text-ink-muted hover:bg-surface-muted hover:text-ink"
    >
      Sign out
    </button>
  );
}
