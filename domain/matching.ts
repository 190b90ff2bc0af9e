import type { SalaryPeriod } from "./vocabulary";

/** Ranks candidates for a company's request and says why, so a talent manager can trust the order. */
export type MatchRequest = { seniority: string; text: string; desiredStart: string; budget: string | null };
export type MatchCandidate = {
  id: number;
  seniority: string | null;
  skills: string[];
  availability: string | null;
  earliestStart: string | null;
  expectedSalary: number | null;
  salaryCurrency: string;
  salaryPeriod?: SalaryPeriod;
};
export type Match = { candidateId: number; score: number; reasons: string[] };

/** "$95k a year", "90,000 USD", "120000" → a yearly amount; hourly or unreadable budgets give null. */
export function parseBudget(budget: string | null): number | null {
  if (!budget || /hour|\/h\b|per h/i.test(budget)) return null;
  const match = budget.replace(/,/g, "").match(/(\d+(?:\.\d+)?)\s*(k)?/i);
  if (!match?.[1]) return null;
  const amount = Number(match[1]) * (match[2] ? 1000 : 1);
  return amount >= 1000 ? amount : null;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const mentions = (text: string, skill: string) =>
  new RegExp(`(^|[^a-z0-9])${escape(skill.toLowerCase())}($|[^a-z0-9])`).test(text);

export function scoreCandidate(
  request: MatchRequest,
  candidate: MatchCandidate,
  levels: string[],
  today: Date,
  mentioned = (skill: string) => mentions(request.text.toLowerCase(), skill),
): Match {
  const reasons: string[] = [];
  let score = 0;

  const wanted = levels.indexOf(request.seniority);
  const has = candidate.seniority ? levels.indexOf(candidate.seniority) : -1;
  if (has >= 0 && has === wanted) {
    score += 40;
    reasons.push(`Seniority matches (${candidate.seniority})`);
  } else if (has >= 0 && wanted >= 0 && Math.abs(has - wanted) === 1) {
    score += 15;
    reasons.push(`Adjacent seniority (${candidate.seniority})`);
  }

  const overlap = candidate.skills.filter(mentioned);
  if (overlap.length > 0) {
    score += Math.min(30, overlap.length * 10);
    reasons.push(`Skills mentioned in the request: ${overlap.join(", ")}`);
  }

  const startsSoon =
    !candidate.earliestStart ||
    new Date(candidate.earliestStart).getTime() - today.getTime() <= 30 * 24 * 60 * 60 * 1000;
  if (candidate.availability === "full-time" && (request.desiredStart !== "asap" || startsSoon)) {
    score += 15;
    reasons.push(request.desiredStart === "asap" ? "Full-time and can start within a month" : "Available full-time");
  }

  const budget = parseBudget(request.budget);
  // A budget is read as US dollars a year: a monthly salary counts twelve times.
  const yearly =
    candidate.expectedSalary === null ? null : candidate.expectedSalary * (candidate.salaryPeriod === "month" ? 12 : 1);
  if (budget !== null && yearly !== null && candidate.salaryCurrency === "USD" && yearly <= budget) {
    score += 15;
    reasons.push(`Expected salary within budget ($${yearly.toLocaleString("en-US")})`);
  }
  return { candidateId: candidate.id, score, reasons };
}

export function rankCandidates(
  request: MatchRequest,
  candidates: MatchCandidate[],
  levels: string[],
  today: Date,
  limit = 10,
): Match[] {
  // Two thousand candidates share a few dozen skills: look for each skill in the request once.
  const text = request.text.toLowerCase();
  const known = new Map<string, boolean>();
  const mentioned = (skill: string) => {
    let found = known.get(skill);
    if (found === undefined) known.set(skill, (found = mentions(text, skill)));
    return found;
  };
  return candidates
    .map((candidate) => scoreCandidate(request, candidate, levels, today, mentioned))
    .filter((match) => match.score > 0)
    .sort((a, b) => b.score - a.score || a.candidateId - b.candidateId)
    .slice(0, limit);
}
