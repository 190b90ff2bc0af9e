import { TextAnchor } from "@/components/ui/text-link";
import { isMeetingUrl } from "@/domain/calendar";

/**
 * Where a call or interview happens, as a link: a video call (its own room or a fixed link) opens in a
 * new tab's context, a phone number dials.
 */
export function MeetingLink({ link }: { link: string }) {
  return isMeetingUrl(link) ? (
    <TextAnchor href={link} className="break-all" rel="noopener noreferrer">
      {link}
    </TextAnchor>
  ) : (
    <TextAnchor href={`tel:${link.replace(/[^+\d]/g, "")}`}>{link}</TextAnchor>
  );
}
