import type { NextConfig } from "next";

// A bare Next app for `npm run bench`: defaults only. The bench builds it in a copy outside the
// repository (see scripts/bench/server.ts), so nothing of the site's own set-up is picked up.
const nextConfig: NextConfig = {};

export default nextConfig;
