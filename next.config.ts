import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2"],
  // A CV may be 5 MB; a little more gets through so an oversized file gets our own clear message.
  experimental: { serverActions: { bodySizeLimit: "8mb" } },
};

export default nextConfig;
