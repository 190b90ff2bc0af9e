import { randomBytes } from "node:crypto";

/**
 * A video room of its own for one call or interview: the Jitsi Meet base (MEETING_BASE_URL) and a
 * name of 128 random bits, so nobody finds a room by guessing. Jitsi folds room names to lower case,
 * hence hex.
 */
export function newMeetingRoom(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/bedrock-talent-${randomBytes(16).toString("hex")}`;
}

/** Where a discovery call happens: the expert's fixed link when one is set wins over the call's own room. */
export const callMeetingLink = (call: { fixedLink: string | null; room: string | null }) => call.fixedLink ?? call.room;
