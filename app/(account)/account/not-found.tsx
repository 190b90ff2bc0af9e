import { SectionNotFound } from "@/components/site/section-not-found";

/** A page of the account that is not there for this account, under the account's tabs. */
export default function AccountNotFound() {
  return (
    <SectionNotFound home={{ href: "/account", label: "Back to your account" }} titleSize="page">
      The link may be out of date, or the page may have moved.
    </SectionNotFound>
  );
}
