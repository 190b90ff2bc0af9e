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

export function TalentExpertCard({ expert }: { expert: Expert }) {
  return (
    <Card as="li" raised className="expert-card">
      <span aria-hidden="true" className="expert-initials">
        {initials(expert.name)}
      </span>
      <div>
        <h3>{expert.name}</h3>
        <p>{expert.title}</p>
        <p>{expert.bio}</p>
      </div>
    </Card>
  );
}

export function TalentExperts({ experts, stacked = false }: { experts: Expert[]; stacked?: boolean }) {
  return (
    <ul className={stacked ? "grid gap-4" : "grid gap-4 md:grid-cols-2"}>
      {experts.map((expert) => (
        <TalentExpertCard key={expert.slug} expert={expert} />
      ))}
    </ul>
  );
}
