/** Rated for everyone besides their technical skills. */
const GENERAL_COMPETENCES = ["Communication", "Problem solving"];
const MAX_SKILLS = 6;

/**
 * What a scorecard rates: the candidate's skills (chosen on their profile from the role's tools and
 * technologies), at most six, then the general competences.
 */
export function scorecardCompetences(skills: string[]): string[] {
  const technical = [...new Set(skills.map((skill) => skill.trim()).filter(Boolean))].slice(0, MAX_SKILLS);
  return [...technical, ...GENERAL_COMPETENCES.filter((general) => !technical.includes(general))];
}

/** The form field of a competence's rating: "rating-0", "rating-1" … in the order above. */
export const ratingField = (index: number) => `rating-${index}`;
