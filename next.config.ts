import { resolve } from "node:path";
import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";
import { engineOf } from "./config/database-engine";
import { FORM_BODY_MAX_BYTES } from "./domain/cv-file";
import { EMAIL_PREVIEW_SOURCE, emailPreviewHeaders, SITE_SOURCE, securityHeaders } from "./domain/security-headers";

export default function config(phase: string): NextConfig {
  const dev = phase === PHASE_DEVELOPMENT_SERVER;
  return {
    poweredByHeader: false,
    // An ETag is a hash of the whole body, computed on every response: a fifth of a prerendered page's
    // cost under load. Pages are small and change on every deploy; static assets keep theirs.
    generateEtags: false,
    // A cached page older than its revalidate time is served once more while it renders again; one
    // older than this (a page nobody asked for in 5 minutes) is rendered before it is served, so a
    // quiet night never shows yesterday's free times. Also the Cache-Control stale-while-revalidate.
    expireTime: 300,
    // Instances built separately must agree on the build id (and NEXT_SERVER_ACTIONS_ENCRYPTION_KEY):
    // BUILD_ID sets it; unset, Next picks a random one, which one shared build is fine with.
    generateBuildId: async () => process.env.BUILD_ID ?? null,
    reactStrictMode: true,
    serverExternalPackages: [
      "better-sqlite3",
      "@node-rs/argon2",
      "pg",
      "graphile-worker",
      "pino",
      "prom-client",
      "@vercel/otel",
      "@opentelemetry/api",
    ],
    // A page is stored as of the start of its render, so an edit saved meanwhile expires it (see the
    // handler). Several instances on one PostgreSQL database: a revalidation on one reaches every other.
    cacheHandler: resolve(
      engineOf(process.env.DATABASE_URL ?? "") === "postgres"
        ? "server/shared-cache-handler.cjs"
        : "server/cache-handler.cjs",
    ),
    // 8 MB: a 5 MB CV and the profile's fields, with room to answer a larger CV with a field message
    // (see FORM_BODY_MAX_BYTES). No allowedOrigins: Next's same-origin check on actions stays strict.
    experimental: { serverActions: { bodySizeLimit: FORM_BODY_MAX_BYTES } },
    // /book without a zone or day is the cached page in UTC (without entering the proxy, which costs
    // a third of a cached page's time); with them, proxy.ts picks the page (domain/booking-address.ts).
    // (A static /book page was tried: after the zone detector's client navigation to /book?tz=…, the
    // page could stay in UTC.) A role the build did not know (app/(site)/hire/[role] renders only
    // those): one created in the editor since, drawn per request, or a 404; nothing of it is cached.
    async rewrites() {
      return {
        beforeFiles: [
          {
            source: "/book",
            missing: [
              { type: "query", key: "tz" },
              { type: "query", key: "day" },
            ],
            destination: "/book/in/UTC/first",
          },
        ],
        fallback: [{ source: "/hire/:role", destination: "/hire-added/:role" }],
      };
    },
    // Set at build time (they are part of the routes manifest) and sent with every response; the
    // email preview has its own policy and framing (a response's headers add to these, they do not
    // replace them).
    async headers() {
      return [
        { source: SITE_SOURCE, headers: securityHeaders({ dev }) },
        { source: EMAIL_PREVIEW_SOURCE, headers: emailPreviewHeaders({ dev }) },
      ];
    },
  };
}
