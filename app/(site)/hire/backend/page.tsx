import { FLAGSHIP_ROLE } from "@/config/site";
import HireRolePage, { generateMetadata as roleMetadata } from "../[role]/page";

/** /hire/backend, the flagship role's page: a static route (config/site.ts) drawing /hire/[role]'s page. */
const params = Promise.resolve({ role: FLAGSHIP_ROLE });

export const revalidate = 60;

export const generateMetadata = () => roleMetadata({ params });

export default function FlagshipRolePage() {
  return <HireRolePage params={params} />;
}
