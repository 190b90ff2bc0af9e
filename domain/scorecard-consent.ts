/**
 * Who may read the summary of a candidate's vetting scorecard (its ratings, recommendation and
 * strengths; never the concerns). Each audience is a consent of its own, off until the candidate turns
 * it on, and the words of each say exactly who sees it: the account page, the action's answers and
 * the pages that show the summary all read them from here.
 */
export const SCORECARD_AUDIENCES = {
  shortlists: {
    title: "On the shortlists you are on",
    who: "The companies whose private shortlist link lists you (never anyone else) see it beside your anonymised profile.",
    on: "Companies see it on the shortlists you are on.",
    off: "Companies on your shortlists no longer see it.",
    turnOn: "Share it on shortlists",
    turnOff: "Stop sharing it on shortlists",
  },
  directory: {
    title: "On your public directory profile",
    who: "Anyone on the web who opens your profile in the developer directory sees it, and search engines may keep a copy.",
    on: "Anyone who opens your directory profile sees it.",
    off: "Your directory profile no longer shows it.",
    turnOn: "Show it on my public profile",
    turnOff: "Stop showing it on my public profile",
  },
} as const;

export type ScorecardAudience = keyof typeof SCORECARD_AUDIENCES;
export const scorecardAudiences = Object.keys(SCORECARD_AUDIENCES) as ScorecardAudience[];

/** What the summary holds, said once for every audience. */
export const SCORECARD_SUMMARY = "its ratings, recommendation and strengths, never the concerns";
