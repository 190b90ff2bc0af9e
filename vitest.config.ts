import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // `server-only` throws outside a React Server environment; unit tests run plain Node.
      "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    include: ["**/*.test.ts"],
    // *.pg.test.ts are about PostgreSQL itself: they run when a server is given (npm run test:unit starts one).
    exclude: [
      "node_modules/**",
      "e2e/**",
      ".next/**",
      "bench/**",
      ...(process.env.TEST_POSTGRES_URL ? [] : ["**/*.pg.test.ts"]),
    ],
    environment: "node",
    globalSetup: ["./testing/unit-tmpdir.ts"],
    // The app's log lines (server/log.cjs) stay out of the test output; tests that read them spy on the logger.
    env: { LOG_LEVEL: "silent" },
  },
});
