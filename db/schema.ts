import { relations, sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/** Timestamps are UTC instants stored as integer milliseconds since the epoch, everywhere. */
const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);
const updatedAt = () =>
  integer("updated_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const roles = sqliteTable(
  "roles",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    headline: text("headline").notNull(),
    summary: text("summary").notNull(),
    /** The year the indicative salary figures refer to. */
    salaryYear: integer("salary_year").notNull(),
    salaryCurrency: text("salary_currency").notNull().default("USD"),
    featured: integer("featured", { mode: "boolean" }).notNull().default(false),
    sortOrder: integer("sort_order").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("roles_slug_unique").on(t.slug),
    check("roles_slug_format", sql`${t.slug} GLOB '[a-z0-9]*' AND ${t.slug} NOT GLOB '*[^a-z0-9-]*'`),
  ],
);

export const seniorityLevels = sqliteTable(
  "seniority_levels",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    roleId: integer("role_id")
      .notNull()
      .references(() => roles.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    yearsMin: integer("years_min").notNull(),
    /** Null means open-ended ("8+ years"). */
    yearsMax: integer("years_max"),
    responsibilities: text("responsibilities", { mode: "json" }).$type<string[]>().notNull(),
    salary: integer("salary").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [
    uniqueIndex("seniority_levels_role_name_unique").on(t.roleId, t.name),
    check("seniority_levels_years", sql`${t.yearsMin} >= 0 AND (${t.yearsMax} IS NULL OR ${t.yearsMax} > ${t.yearsMin})`),
    check("seniority_levels_salary", sql`${t.salary} > 0`),
  ],
);

export const useCases = sqliteTable(
  "use_cases",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    roleId: integer("role_id")
      .notNull()
      .references(() => roles.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    description: text("description").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [uniqueIndex("use_cases_role_title_unique").on(t.roleId, t.title)],
);

export const quickFacts = sqliteTable(
  "quick_facts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    roleId: integer("role_id")
      .notNull()
      .references(() => roles.id, { onDelete: "cascade" }),
    /** A short label shown above the fact, e.g. "Since" or "Fun fact". */
    label: text("label").notNull(),
    text: text("text").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [uniqueIndex("quick_facts_role_label_unique").on(t.roleId, t.label)],
);

export const technologies = sqliteTable(
  "technologies",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    roleId: integer("role_id")
      .notNull()
      .references(() => roles.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    creator: text("creator").notNull(),
    year: integer("year").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [
    uniqueIndex("technologies_role_name_unique").on(t.roleId, t.name),
    check("technologies_year", sql`${t.year} BETWEEN 1900 AND 2100`),
  ],
);

export const tools = sqliteTable(
  "tools",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    roleId: integer("role_id")
      .notNull()
      .references(() => roles.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [uniqueIndex("tools_role_name_unique").on(t.roleId, t.name)],
);

export const guides = sqliteTable(
  "guides",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull(),
    publishedAt: integer("published_at", { mode: "timestamp_ms" }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("guides_slug_unique").on(t.slug)],
);

export type GuideItem = { title?: string; text: string };

export const guideSections = sqliteTable(
  "guide_sections",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    guideId: integer("guide_id")
      .notNull()
      .references(() => guides.id, { onDelete: "cascade" }),
    /** Stable key used for anchors and by the seed, e.g. "skills". */
    key: text("key").notNull(),
    heading: text("heading").notNull(),
    body: text("body").notNull().default(""),
    items: text("items", { mode: "json" }).$type<GuideItem[]>().notNull().default([]),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [uniqueIndex("guide_sections_guide_key_unique").on(t.guideId, t.key)],
);

export const comparisonRows = sqliteTable(
  "comparison_rows",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    guideId: integer("guide_id")
      .notNull()
      .references(() => guides.id, { onDelete: "cascade" }),
    aspect: text("aspect").notNull(),
    frontend: text("frontend").notNull(),
    backend: text("backend").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [uniqueIndex("comparison_rows_guide_aspect_unique").on(t.guideId, t.aspect)],
);

export const talentExperts = sqliteTable(
  "talent_experts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    title: text("title").notNull(),
    bio: text("bio").notNull(),
    email: text("email").notNull(),
    /** IANA time zone of the expert's working hours. */
    timeZone: text("time_zone").notNull(),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [uniqueIndex("talent_experts_slug_unique").on(t.slug), index("talent_experts_active_idx").on(t.active)],
);

export const rolesRelations = relations(roles, ({ many }) => ({
  seniorityLevels: many(seniorityLevels),
  useCases: many(useCases),
  quickFacts: many(quickFacts),
  technologies: many(technologies),
  tools: many(tools),
}));
export const seniorityLevelsRelations = relations(seniorityLevels, ({ one }) => ({
  role: one(roles, { fields: [seniorityLevels.roleId], references: [roles.id] }),
}));
export const useCasesRelations = relations(useCases, ({ one }) => ({
  role: one(roles, { fields: [useCases.roleId], references: [roles.id] }),
}));
export const quickFactsRelations = relations(quickFacts, ({ one }) => ({
  role: one(roles, { fields: [quickFacts.roleId], references: [roles.id] }),
}));
export const technologiesRelations = relations(technologies, ({ one }) => ({
  role: one(roles, { fields: [technologies.roleId], references: [roles.id] }),
}));
export const toolsRelations = relations(tools, ({ one }) => ({
  role: one(roles, { fields: [tools.roleId], references: [roles.id] }),
}));
export const guidesRelations = relations(guides, ({ many }) => ({
  sections: many(guideSections),
  comparisonRows: many(comparisonRows),
}));
export const guideSectionsRelations = relations(guideSections, ({ one }) => ({
  guide: one(guides, { fields: [guideSections.guideId], references: [guides.id] }),
}));
export const comparisonRowsRelations = relations(comparisonRows, ({ one }) => ({
  guide: one(guides, { fields: [comparisonRows.guideId], references: [guides.id] }),
}));

export type Role = typeof roles.$inferSelect;
export type NewRole = typeof roles.$inferInsert;
export type SeniorityLevel = typeof seniorityLevels.$inferSelect;
export type NewSeniorityLevel = typeof seniorityLevels.$inferInsert;
export type UseCase = typeof useCases.$inferSelect;
export type QuickFact = typeof quickFacts.$inferSelect;
export type Technology = typeof technologies.$inferSelect;
export type Tool = typeof tools.$inferSelect;
export type Guide = typeof guides.$inferSelect;
export type GuideSection = typeof guideSections.$inferSelect;
export type ComparisonRow = typeof comparisonRows.$inferSelect;
export type TalentExpert = typeof talentExperts.$inferSelect;
