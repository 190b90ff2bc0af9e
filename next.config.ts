import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";
import { securityHeaders } from "./lib/security-headers";

export default function config(phase: string): NextConfig {
  const headers = securityHeaders({ dev: phase === PHASE_DEVELOPMENT_SERVER });
  return {
    poweredByHeader: false,
    reactStrictMode: true,
    serverExternalPackages: ["better-sqlite3", "@node-rs/argon2"],
    // A CV may be 5 MB; a little more gets through so an oversized file gets our own clear message.
    experimental: { serverActions: { bodySizeLimit: "8mb" } },
    // Set at build time (they are part of the routes manifest) and sent with every response.
    async headers() {
      return [{ source: "/:path*", headers }];
    },
  };
}
