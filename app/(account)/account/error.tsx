"use client";

import { SectionError } from "@/components/site/section-error";

/** An account page that failed, shown under the account's tabs. */
export default function AccountError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <SectionError
      error={error}
      retry={retry}
      home={{ href: "/account", label: "Back to your account" }}
      titleSize="page"
    />
  );
}
