import { Card } from "@/components/ui/card";

type Expert = { slug: string; name: string; title: string; bio: string };

function initials(name: string) {
  return name
    .split(/\s+/)
    .map((part) => part[0] ?? "")
    .join("")
    .slice(0, 2)
    .toUpperCase();
}

/** `bio={false}`: initials, name and title only (a hire page; the home page and /book tell who they are). */
export function TalentExpertCard({ expert, bio = true }: { expert: Expert; bio?: boolean }) {
  return (
    <Card as="li" raised className="expert-card">
      <span aria-hidden="true" className="expert-initials">
        {initials(expert.name)}
      </span>
      <div>
        <h3>{expert.name}</h3>
        <p>{expert.title}</p>
        {bio ? <p>{expert.bio}</p> : null}
      </div>
    </Card>
  );
}

export function TalentExperts({
  experts,
  stacked = false,
  bios = true,
}: {
  experts: Expert[];
  stacked?: boolean;
  bios?: boolean;
}) {
  return (
    <ul className={stacked ? "grid gap-4" : "grid gap-4 md:grid-cols-2"}>
      {experts.map((expert) => (
        <TalentExpertCard key={expert.slug} expert={expert} bio={bios} />
      ))}
    </ul>
  );
}
