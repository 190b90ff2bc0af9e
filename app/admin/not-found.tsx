import { SectionNotFound } from "@/components/site/section-not-found";

/** An unknown record (a request, a candidate, an email) or a page the role may not see, under the dashboard's navigation. */
export default function AdminNotFound() {
  return (
    <SectionNotFound home={{ href: "/admin", label: "Back to the overview" }} titleSize="admin">
      The record may have been deleted or merged into another, or the link may be out of date.
    </SectionNotFound>
  );
}
