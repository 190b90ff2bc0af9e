/** Why a contact request was held back as suspected spam, in the words staff read. */
export const spamReasons = ["honeypot", "too-fast", "bad-token", "reused-token"] as const;
export type SpamReason = (typeof spamReasons)[number];

export const spamReasonLabels: Record<SpamReason, string> = {
  honeypot: "filled in the hidden field only bots see",
  "too-fast": "sent less than 3 seconds after the form opened",
  "bad-token": "missing or forged form token",
  "reused-token": "form token already used",
};
