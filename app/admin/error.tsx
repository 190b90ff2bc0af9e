"use client";

import { SectionError } from "@/components/site/section-error";

/** A dashboard page that failed, shown under the dashboard's navigation. */
export default function AdminError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <SectionError
      error={error}
      retry={retry}
      home={{ href: "/admin", label: "Back to the overview" }}
      titleSize="admin"
    />
  );
}
