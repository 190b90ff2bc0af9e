"use client";

import Link from "next/link";
import { useEffect, useState } from "react";

type Account = { href: string; label: string };
type SessionBody = { user?: { role?: string } };
const SIGN_IN: Account = { href: "/login", label: "Sign in" };

/**
 * "Sign in", or where a signed-in person goes ("Your account", "Dashboard"). Public pages are static,
 * so the session is asked for in the browser (a plain fetch: next-auth's client library would add
 * kilobytes to every content page); without JavaScript the link stays "Sign in".
 */
export function AccountLink({ className }: { className: string }) {
  const [account, setAccount] = useState<Account>(SIGN_IN);
  useEffect(() => {
    let live = true;
    fetch("/api/auth/session", { credentials: "same-origin" })
      .then((response) => (response.ok ? (response.json() as Promise<SessionBody>) : {}))
      .then((session: SessionBody) => {
        const role = session.user?.role;
        if (live && role)
          setAccount(
            role === "candidate" ? { href: "/account", label: "Your account" } : { href: "/admin", label: "Dashboard" },
          );
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return (
    <Link href={account.href} className={className} data-testid="account-link">
      {account.label}
    </Link>
  );
}
