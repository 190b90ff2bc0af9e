import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/*
 * The floors (docs/architecture.md, "Layout"): what each folder of the app may import besides itself,
 * and where code goes instead. import/no-restricted-paths resolves every import (relative, `@/…`,
 * `import()`, `import type`) to a file before comparing folders, so an npm package never matches.
 */
const FLOORS = {
  app: { may: ["components", "services", "db", "emails", "config", "server", "domain"], instead: "routes are the top" },
  components: {
    may: ["config", "domain"],
    instead: "a component gets its data as props from its route in app/, and a type it shows lives in domain/",
  },
  services: {
    may: ["db", "emails", "config", "server", "domain"],
    instead: "what a service needs from a route or a component moves down into services/ or domain/",
  },
  db: {
    // server/: the request's id (server/log.cjs), which a job carries from the change that queues it.
    may: ["emails", "config", "server", "domain"],
    instead: "a flow's rules and wording live above db/ in services/, pure ones in domain/",
  },
  emails: { may: ["domain"], instead: "an email is data: its caller passes in the rest (siteUrl, links)" },
  config: { may: ["server", "domain"], instead: "every floor reads config/, so config/ reads none of them" },
  server: {
    may: [],
    instead: "the preload is plain CommonJS loaded before Next: import server/ from above, not the reverse",
  },
  domain: { may: [], instead: "pure rules take values as arguments; move the code that needs more up to services/" },
};
const APP = Object.keys(FLOORS).map((folder) => `./${folder}`);

/** The floor rule; `allow` widens a folder's list for the files of one config block (see db's tests below). */
function floors(allow = {}) {
  const zones = Object.entries(FLOORS)
    .map(([folder, { may, instead }]) => {
      const allowed = [...may, ...(allow[folder] ?? [])];
      return {
        target: `./${folder}`,
        from: APP.filter((other) => other !== `./${folder}` && !allowed.includes(other.slice(2))),
        message: `${folder}/ may import only ${allowed.map((other) => `${other}/`).join(", ") || "itself"}: ${instead}.`,
      };
    })
    .filter((zone) => zone.from.length > 0);
  zones.push(
    {
      target: "./components/ui",
      from: "./components",
      except: ["./ui"],
      message: "components/ui/ holds primitives with no data or actions: it may not import a feature's components.",
    },
    {
      target: APP,
      from: ["./e2e", "./scripts", "./testing"],
      message:
        "e2e/, scripts/ and testing/ are the app's clients (tests, tasks, the bench): the app never imports them.",
    },
    {
      target: "./e2e",
      from: "./scripts",
      message: "e2e/ and scripts/ do not import each other: move what both need to testing/.",
    },
    {
      target: "./scripts",
      from: "./e2e",
      message: "e2e/ and scripts/ do not import each other: move what both need to testing/.",
    },
    {
      target: "./testing",
      from: ["./e2e", "./scripts"],
      message: "testing/ holds what e2e/ and scripts/ share, so it imports neither.",
    },
  );
  return ["error", { basePath: import.meta.dirname, zones }];
}

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Typed rules: a promise nobody awaits loses its error, and one passed where a plain callback is
    // expected (an event handler, a forEach) runs unobserved.
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    // The data layer is written once for both engines: statements are awaited (PostgreSQL has no
    // synchronous .get/.all/.run), every write goes through transaction() (on SQLite, transactions have
    // a connection of their own and take turns), and changed rows are counted for either driver.
    files: ["db/**/*.ts"],
    ignores: [
      "db/**/*.test.ts",
      "db/sqlite/**",
      "db/test-database.ts",
      "db/stored-values.ts",
      "db/backup.ts",
      "db/rows.ts",
    ],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[arguments.length=0][callee.property.name=/^(get|all|run|values)$/]",
          message: "Await the query instead: PostgreSQL has no synchronous .get()/.all()/.run()/.values().",
        },
        {
          selector:
            "CallExpression[callee.object.name='db'][callee.property.name=/^(insert|update|delete|transaction)$/]",
          message: "Write inside transaction(async (tx) => …) from db/index.ts.",
        },
        {
          selector: "MemberExpression[property.name='changes'], Property[key.name='changes']",
          message: "SQLite's result only: count changed rows with changedRows(result) from db/rows.ts.",
        },
      ],
    },
  },
  {
    // The tests and scripts reach the database through the same async handle on both engines. A
    // drizzle query ended by a synchronous .get()/.all()/.run() is SQLite's only; Playwright's
    // locator.all() is not a query (the rule looks at what the call ends: a drizzle chain).
    files: ["e2e/**/*.ts", "scripts/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "CallExpression[arguments.length=0][callee.property.name=/^(get|all|run)$/][callee.object.type='CallExpression'][callee.object.callee.property.name=/^(from|where|orderBy|limit|offset|groupBy|innerJoin|leftJoin|values|set|returning|onConflictDoNothing|onConflictDoUpdate)$/]",
          message: "Await the query instead: PostgreSQL has no synchronous .get()/.all()/.run().",
        },
        {
          selector: "MemberExpression[property.name='changes']",
          message: "SQLite's result only: count changed rows with changedRows(result) from db/rows.ts.",
        },
      ],
    },
  },
  {
    // The floors. Where eslint-config-next registers the import plugin (.cjs aside: server/'s
    // preload can require nothing of the app at run time anyway).
    files: ["**/*.{js,jsx,mjs,ts,tsx,mts,cts}"],
    rules: { "import/no-restricted-paths": floors() },
  },
  {
    // db/'s tests store the very emails services/ write (the outbox keeps a built message), so they
    // may build one with services/; db/'s own code may not.
    files: ["db/**/*.test.ts"],
    rules: { "import/no-restricted-paths": floors({ db: ["services"] }) },
  },
  {
    // db/ is the only floor of the app that speaks to the database engine.
    files: ["{app,components,services,emails,config,server,domain}/**/*.{ts,tsx,cjs}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["drizzle-orm", "drizzle-orm/*", "better-sqlite3", "pg", "pg/*"],
              message: "Only db/ imports drizzle or a database driver: add a verb in db/queries/ and call it.",
            },
          ],
        },
      ],
    },
  },
  {
    // Preloaded with `node --require` before Next, so plain CommonJS.
    files: ["server/**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  globalIgnores([
    ".next/**",
    "out/**",
    "node_modules/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
    "db/sqlite/migrations/**",
    "db/pg/migrations/**",
    "bench/**",
  ]),
]);
