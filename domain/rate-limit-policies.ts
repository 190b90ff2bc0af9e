/** How many of something (`max`) one key may do in a sliding `windowMs`. */
export type RateLimitPolicy = { max: number; windowMs: number };

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Every rate limit of the site, by form, with why each number is what it is. Each is keyed where it
 * is used (per email, client address, account or booking; the table stores only keyed hashes). The
 * README's "Forms, booking and email" and "Accounts and privacy" sections quote these numbers.
 */
export const RATE_LIMITS = {
  signIn: {
    /** Failures per email *and* address: a stranger's wrong passwords never lock the owner out from their own address. */
    perAccountAndIp: { max: 5, windowMs: 15 * MINUTE },
    /** Failures per address over all emails: password spraying. */
    perIp: { max: 20, windowMs: 15 * MINUTE },
    /** Failures per email from anywhere before each attempt waits longer: slowed down, never locked. */
    slowAfter: { max: 10, windowMs: 15 * MINUTE },
  },
  /** Wrong current passwords per account (change password, delete account): a stolen session cannot guess fast. */
  ownPassword: { max: 5, windowMs: 15 * MINUTE },
  /** Contact requests per address, suspected spam included, or the quarantine could be filled without limit. */
  contact: { max: 10, windowMs: HOUR },
  /** A company books one call, rarely a handful: these stop one client emptying the calendar. */
  booking: { perIpHour: { max: 4, windowMs: HOUR }, perIpDay: { max: 8, windowMs: DAY } },
  /**
   * A call or an interview is moved, cancelled or offered new times once or twice; each change emails
   * the other side (the expert, the candidate), so one link cannot flood them. The same rule for both.
   */
  meetingChanges: { perMeetingDay: { max: 3, windowMs: DAY }, perIpHour: { max: 10, windowMs: HOUR } },
  passwordReset: {
    /**
     * Reset emails to one address, whoever asks: one per 15 minutes, so its inbox gets at most 4 an
     * hour. Shorter than a link's hour (RESET_TOKEN_TTL_MS): whenever it refuses, the newest link in
     * that inbox still works for 45 minutes or more, so nobody asking for someone else's address can
     * lock its owner out (a daily ceiling could: five strangers' addresses used it up for the day).
     */
    perEmail: { max: 1, windowMs: 15 * MINUTE },
    /** Requests from one client address, whatever the email and whatever the answer: a script's. */
    perIp: { max: 10, windowMs: HOUR },
  },
  register: {
    /** Accounts created from one address: a family or an office never meets it, a script does. */
    perIp: { max: 10, windowMs: HOUR },
    /** "Someone tried to register your address" emails to an owner, however often a stranger tries. */
    existingAccountNotice: { max: 1, windowMs: DAY },
  },
  /** "Send the link again" for email confirmation, per account. */
  verifyResend: { max: 3, windowMs: HOUR },
} as const satisfies Record<string, RateLimitPolicy | Record<string, RateLimitPolicy>>;
