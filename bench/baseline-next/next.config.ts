import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";

// A bare Next app for `npm run bench`: defaults only. It has no node_modules of its own and uses
// the repository's, so Turbopack's root is the repository.
const nextConfig: NextConfig = {
  turbopack: { root: fileURLToPath(new URL("../..", import.meta.url)) },
};

export default nextConfig;
