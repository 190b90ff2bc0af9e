import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import type { ExpertForEdit } from "./expert-data";

/** The expert's name, whether they take calls on /book, and how many calls they have coming up. */
export function ExpertHeading({ expert, upcomingCalls }: Pick<ExpertForEdit, "expert" | "upcomingCalls">) {
  return (
    <>
      <TextLink href="/admin/experts" className="text-sm">
        All experts
      </TextLink>
      <PageTitle size="admin" className="mt-3">
        {expert.name}
      </PageTitle>
      <p className="mt-1 text-sm" data-testid="expert-status">
        {expert.active ? "Takes calls on " : "Hidden from "}
        <TextLink variant="plain" href="/book">
          /book
        </TextLink>
        {" · "}
        {upcomingCalls === 0 ? (
          "no upcoming calls"
        ) : (
          <TextLink variant="plain" href="/admin/calls">
            {upcomingCalls} upcoming call{upcomingCalls === 1 ? "" : "s"}
          </TextLink>
        )}
      </p>
    </>
  );
}
