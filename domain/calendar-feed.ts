import { z } from "zod";
import type { ActionState } from "./action-state";

/** What the "Calendar feed" form asks: a new private link (revoking any older one), or no feed at all. */
export const calendarFeedIntent = z.object({ intent: z.enum(["new", "off"]) });
export type CalendarFeedIntent = z.output<typeof calendarFeedIntent>["intent"];

/** A feed action's answer: after a new link, the link itself, shown this once and never stored. */
export type CalendarFeedSuccess = { message: string; url?: string };
export type CalendarFeedAnswer = ActionState<CalendarFeedSuccess>;

/** The webcal:// address calendar apps subscribe to, from the feed's https:// (or, locally, http://) one. */
export const webcalUrl = (httpUrl: string) => httpUrl.replace(/^https?:/, "webcal:");
