/**
 * /hire/<slug> for a role created since the build (next.config.ts rewrites here what the built page
 * does not know). Drawn per request and never cached, so made-up slugs cost a query and store
 * nothing; the next build prerenders the role with the others. Requested directly, this address is
 * a 404 (proxy.ts).
 */
export { default, generateMetadata } from "../../hire/[role]/page";

export const dynamic = "force-dynamic";
