import { SlotList } from "@/components/booking/slot-list";
import { type BookingDetails, listMoveSlots } from "@/db/queries/bookings";
import { timeZoneLabel } from "@/domain/labels";
import { slotDays } from "@/services/slot-links";

/** The times the call can move to, in the visitor's zone: with the same expert, then with the others. */
export async function MoveTimes({ booking, token }: { booking: BookingDetails; token: string }) {
  const timeZone = booking.visitorTimeZone;
  const slots = await listMoveSlots({ id: booking.id, expertId: booking.expert.id, startsAt: booking.startsAt });
  const moveHref = (slot: { expertId: number; start: number }) =>
    `/book/manage/${token}/move?${new URLSearchParams({ expert: String(slot.expertId), start: String(slot.start), tz: timeZone })}`;
  return (
    <section aria-labelledby="reschedule-title" className="mt-4">
      <h3 id="reschedule-title" className="sr-only">
        Reschedule
      </h3>
      <p className="text-sm text-ink-muted">
        Pick a new time ({timeZoneLabel(timeZone)}). You can change the call up to 2 hours before it starts.
      </p>
      <h4 className="mt-6 font-semibold">With {booking.expert.name}</h4>
      <div className="mt-3">
        <SlotList
          days={slotDays(slots.own, timeZone, moveHref)}
          showExpert
          emptyText={`${booking.expert.name} has no other free times in the next three weeks.`}
        />
      </div>
      {slots.others.length > 0 ? (
        <>
          <h4 className="mt-8 font-semibold">With another Talent Expert</h4>
          <p className="mt-1 text-sm text-ink-muted">Times when {booking.expert.name} is not free.</p>
          <div className="mt-3">
            <SlotList days={slotDays(slots.others, timeZone, moveHref)} showExpert openFirst={false} />
          </div>
        </>
      ) : null}
    </section>
  );
}
