import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

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
