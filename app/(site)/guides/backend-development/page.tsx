import { FLAGSHIP_GUIDE } from "@/config/site";
import GuidePage, { generateMetadata as guideMetadata } from "../[slug]/page";

/** /guides/backend-development, the flagship guide: a static route (config/site.ts) drawing /guides/[slug]'s page. */
const params = Promise.resolve({ slug: FLAGSHIP_GUIDE });

export const revalidate = 60;

export const generateMetadata = () => guideMetadata({ params });

export default function FlagshipGuidePage() {
  return <GuidePage params={params} />;
}
