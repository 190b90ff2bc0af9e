import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { getOwnListing } from "@/db/queries/directory";
import type { SessionUser } from "@/db/queries/users";
import { formatDate } from "@/domain/format";
import { initialsOf } from "@/domain/shortlist";
import { ListingForm } from "./listing-form";

/** Once vetted (or listed before): the public directory, what companies see there, joining and leaving it. */
export async function DirectorySection({ user }: { user: SessionUser }) {
  const listing = await getOwnListing(user);
  if (!listing || (listing.stage !== "vetted" && !listing.listedAt)) return null;
  return (
    <Card as="section" aria-labelledby="directory-title" className="mt-8">
      <h2 id="directory-title" className="text-xl font-semibold">
        The developer directory
      </h2>
      {listing.hiddenAt ? (
        <p className="mt-2 text-sm font-medium text-danger-700" data-testid="listing-state">
          A talent manager has hidden your listing: {listing.hiddenReason}. Companies cannot see it until they show it
          again. Reply to any of our emails if you think this is a mistake.
        </p>
      ) : listing.listedAt && listing.stage === "vetted" ? (
        <p className="mt-2 text-sm" data-testid="listing-state">
          Your profile is listed since {formatDate(listing.listedAt)}:{" "}
          <TextLink href={`/developers/${listing.publicId}`}>see it as companies do</TextLink>.
        </p>
      ) : listing.listedAt ? (
        <p className="mt-2 text-sm" data-testid="listing-state">
          You chose to be listed; your profile shows again once your stage is “vetted”.
        </p>
      ) : (
        <p className="mt-2 text-sm" data-testid="listing-state">
          You are not listed. Companies browsing our directory can ask to interview a listed developer.
        </p>
      )}
      <p className="mt-2 text-sm text-ink-muted">
        Companies see your headline, seniority, years, skills, time zone, availability, English and other languages,
        work preferences, your <TextLink href="/account/experience">work history and projects</TextLink> without the
        companies’ names, and the vetting stages you passed. Never your surname, email, links, CV, salary or employers.
        You can leave at any time: your public profile goes at once.
      </p>
      <ListingForm
        listed={listing.listedAt !== null}
        displayName={listing.displayName}
        initials={initialsOf(user.name)}
      />
    </Card>
  );
}
