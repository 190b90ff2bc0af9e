import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { type BookingDetails, canChangeOnline } from "@/db/queries/bookings";
import { MoveTimes } from "./move-times";

/** A confirmed call: moving or cancelling it while it can still be changed online, else why it cannot. */
export function ChangeCall({ booking, token }: { booking: BookingDetails; token: string }) {
  if (!canChangeOnline(booking))
    return (
      <p className="mt-8 rounded-lg bg-accent-100 p-4 text-sm text-accent-700">
        Calls can no longer be changed online less than 2 hours before they start. Please reply to your confirmation
        email if something has come up.
      </p>
    );
  // The actions come first and the free times stay folded until asked for: on a phone, three weeks of
  // days pushed "Cancel this call" some 4,000 px down the page.
  return (
    <section aria-labelledby="change-title" className="mt-8">
      <h2 id="change-title" className="sr-only">
        Change your call
      </h2>
      <details className="group">
        <summary
          className={buttonClasses(
            "secondary",
            "w-full cursor-pointer list-none justify-between gap-3 sm:w-auto [&::-webkit-details-marker]:hidden",
          )}
        >
          Move to another time
          <span aria-hidden="true" className="text-xl leading-none group-open:rotate-45">
            +
          </span>
        </summary>
        <MoveTimes booking={booking} token={token} />
      </details>
      <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
        <Link href={`/book/manage/${token}/cancel`} className={buttonClasses("danger")}>
          Cancel this call
        </Link>
        <p className="text-sm text-ink-muted">
          We will let {booking.expert.name} know. You can book again at any time.
        </p>
      </div>
    </section>
  );
}
