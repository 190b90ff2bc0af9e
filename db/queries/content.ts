import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { db } from "../index";
import { faqs, guides, hiringModels, processSteps, roles, seniorityLevels, talentExperts } from "../schema";

export async function getRolePage(slug: string) {
  const role = await db.query.roles.findFirst({
    where: eq(roles.slug, slug),
    columns: { createdAt: false },
    with: {
      seniorityLevels: { orderBy: (t) => asc(t.sortOrder), columns: { roleId: false } },
      useCases: { orderBy: (t) => asc(t.sortOrder), columns: { roleId: false } },
      quickFacts: { orderBy: (t) => asc(t.sortOrder), columns: { roleId: false } },
      technologies: { orderBy: (t) => asc(t.sortOrder), columns: { roleId: false } },
      tools: { orderBy: (t) => asc(t.sortOrder), columns: { roleId: false } },
    },
  });
  return role ?? null;
}

export async function listRoles() {
  return db
    .select({
      slug: roles.slug,
      name: roles.name,
      summary: roles.summary,
      featured: roles.featured,
      updatedAt: roles.updatedAt,
    })
    .from(roles)
    .orderBy(asc(roles.sortOrder), asc(roles.name));
}

/** The role the home page puts forward: the featured one, else the first. */
export async function getFeaturedRole() {
  const [featured] = await db
    .select({ slug: roles.slug })
    .from(roles)
    .orderBy(sql`${roles.featured} DESC`, asc(roles.sortOrder))
    .limit(1);
  return featured ? getRolePage(featured.slug) : null;
}

export async function getGuidePage(slug: string) {
  const guide = await db.query.guides.findFirst({
    where: eq(guides.slug, slug),
    columns: { createdAt: false },
    with: {
      sections: { orderBy: (t) => [asc(t.sortOrder), asc(t.id)], columns: { guideId: false } },
      comparisonRows: { orderBy: (t) => asc(t.sortOrder), columns: { guideId: false } },
    },
  });
  return guide ?? null;
}

export async function listGuides() {
  return db
    .select({ slug: guides.slug, title: guides.title, description: guides.description, updatedAt: guides.updatedAt })
    .from(guides)
    .orderBy(asc(guides.title));
}

export async function listTalentExperts() {
  return db
    .select({ slug: talentExperts.slug, name: talentExperts.name, title: talentExperts.title, bio: talentExperts.bio })
    .from(talentExperts)
    .where(eq(talentExperts.active, true))
    .orderBy(asc(talentExperts.sortOrder));
}

/** Seniority level names of a role, in order: what companies ask for and candidates choose from. */
export async function listSeniorityOptions(roleSlug = "backend") {
  const rows = await db
    .select({ name: seniorityLevels.name })
    .from(seniorityLevels)
    .innerJoin(roles, eq(roles.id, seniorityLevels.roleId))
    .where(eq(roles.slug, roleSlug))
    .orderBy(asc(seniorityLevels.sortOrder));
  return rows.map((row) => row.name);
}

/** The site-wide lists of /how-it-works, each in its order: the steps to a hire, the hiring models and the FAQ. */
export async function listSiteContent() {
  return {
    steps: await db.select().from(processSteps).orderBy(asc(processSteps.sortOrder), asc(processSteps.id)),
    hiringModels: await db.select().from(hiringModels).orderBy(asc(hiringModels.sortOrder), asc(hiringModels.id)),
    faqs: await db.select().from(faqs).orderBy(asc(faqs.sortOrder), asc(faqs.id)),
  };
}
