import { notFound } from "next/navigation";
import { getExpertForEdit } from "@/db/queries/experts";
import { requireStaff } from "@/services/session";
import { ExpertHeading } from "./expert-heading";
import { ExpertProfileForm } from "./expert-profile-form";
import { ExpertTimeOff } from "./expert-time-off";
import { WeeklyHours } from "./weekly-hours";

export const metadata = { title: "Edit talent expert" };

export default async function EditExpertPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await requireStaff(`/admin/experts/${slug}`);
  const data = await getExpertForEdit(actor, slug);
  if (!data) notFound();
  const { expert, workingHours, timeOff, upcomingCalls } = data;

  return (
    <>
      <ExpertHeading expert={expert} upcomingCalls={upcomingCalls} />
      <div className="mt-6 space-y-6">
        <ExpertProfileForm expert={expert} />
        <WeeklyHours expert={expert} workingHours={workingHours} />
        <ExpertTimeOff expert={expert} timeOff={timeOff} />
      </div>
    </>
  );
}
