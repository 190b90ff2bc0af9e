import { z } from "zod";

/** The editable lists of a role's hire page, of a guide and of the site (/how-it-works), with the fields a talent manager edits. */
export type FieldSpec = {
  name: string;
  label: string;
  type: "text" | "textarea" | "number" | "lines" | "datetime-local";
  optional?: boolean;
  hint?: string;
};

const text = (label: string, max = 300) =>
  z.string().trim().min(1, `${label} is required.`).max(max, `${label}: at most ${max} characters.`);
const lines = (label: string) =>
  z
    .string()
    .transform((value) =>
      value
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(z.string().max(300)).min(1, `${label}: write at least one line.`).max(10, `${label}: at most 10 lines.`),
    );
/** Where a row stands in its list, for the lists a manager reorders. */
const orderField = (entry: string): FieldSpec => ({
  name: "sortOrder",
  label: "Order",
  type: "number",
  optional: true,
  hint: `Lower numbers come first; empty puts a new ${entry} last.`,
});
const sortOrder = z.preprocess(
  (value) => (value === "" || value === null ? undefined : value),
  z.coerce
    .number({ error: "Order must be a whole number." })
    .int("Order must be a whole number.")
    .min(0, "Order must be 0 or more.")
    .max(1000, "Order must be 1000 or less.")
    .optional(),
);
const optionalInt = z.preprocess(
  (value) => (value === "" || value === null ? null : value),
  z.coerce.number().int().min(0).max(100).nullable(),
);

export const contentKinds = {
  seniority: {
    labelField: "name",
    parent: "role",
    title: "Seniority levels",
    fields: [
      { name: "name", label: "Level", type: "text" },
      { name: "yearsMin", label: "From (years)", type: "number" },
      { name: "yearsMax", label: "To (years, empty for open-ended)", type: "number", optional: true },
      { name: "salary", label: "Average salary per year", type: "number" },
      { name: "responsibilities", label: "Responsibilities (one per line)", type: "lines" },
    ],
    schema: z
      .object({
        name: text("Level", 60),
        yearsMin: z.coerce.number().int().min(0).max(60),
        yearsMax: optionalInt,
        salary: z.coerce
          .number({ error: "Salary must be a number." })
          .int()
          .min(1, "Salary must be positive.")
          .max(10_000_000),
        responsibilities: lines("Responsibilities"),
      })
      .refine((level) => level.yearsMax === null || level.yearsMax > level.yearsMin, {
        path: ["yearsMax"],
        message: "“To” must be more than “From”.",
      }),
  },
  useCase: {
    labelField: "title",
    parent: "role",
    title: "Use cases",
    fields: [
      { name: "title", label: "Title", type: "text" },
      { name: "description", label: "Explanation", type: "textarea" },
    ],
    schema: z.object({ title: text("Title", 80), description: text("Explanation") }),
  },
  fact: {
    labelField: "label",
    parent: "role",
    title: "Quick facts",
    fields: [
      { name: "label", label: "Label", type: "text" },
      { name: "text", label: "Fact", type: "textarea" },
    ],
    schema: z.object({ label: text("Label", 40), text: text("Fact") }),
  },
  technology: {
    labelField: "name",
    parent: "role",
    title: "Related technologies",
    fields: [
      { name: "name", label: "Name", type: "text" },
      { name: "creator", label: "Creator", type: "text" },
      { name: "year", label: "Year", type: "number" },
    ],
    schema: z.object({
      name: text("Name", 60),
      creator: text("Creator", 100),
      year: z.coerce.number({ error: "Year must be a number." }).int().min(1900).max(2100),
    }),
  },
  tool: {
    labelField: "name",
    parent: "role",
    title: "Tools",
    fields: [
      { name: "name", label: "Name", type: "text" },
      { name: "description", label: "Description", type: "text" },
    ],
    schema: z.object({ name: text("Name", 60), description: text("Description", 120) }),
  },
  section: {
    labelField: "heading",
    parent: "guide",
    title: "Sections",
    fields: [
      { name: "heading", label: "Heading", type: "text" },
      orderField("section"),
      { name: "body", label: "Text", type: "textarea", optional: true },
    ],
    schema: z.object({
      heading: text("Heading", 120),
      sortOrder,
      body: z.string().trim().max(3000, "Text: at most 3000 characters.").default(""),
    }),
  },
  comparison: {
    labelField: "aspect",
    parent: "guide",
    title: "Frontend vs backend rows",
    fields: [
      { name: "aspect", label: "Aspect", type: "text" },
      { name: "frontend", label: "Frontend", type: "textarea" },
      { name: "backend", label: "Backend", type: "textarea" },
    ],
    schema: z.object({ aspect: text("Aspect", 60), frontend: text("Frontend"), backend: text("Backend") }),
  },
  step: {
    labelField: "title",
    parent: "site",
    title: "Steps",
    fields: [
      { name: "title", label: "Step", type: "text" },
      { name: "duration", label: "How long it usually takes", type: "text", hint: "e.g. 1–2 business days" },
      orderField("step"),
      { name: "description", label: "What happens", type: "textarea" },
    ],
    schema: z.object({
      title: text("Step", 80),
      duration: text("How long it usually takes", 80),
      sortOrder,
      description: text("What happens", 600),
    }),
  },
  hiringModel: {
    labelField: "name",
    parent: "site",
    title: "Hiring models",
    fields: [
      { name: "name", label: "Name", type: "text" },
      orderField("model"),
      { name: "description", label: "How it works", type: "textarea" },
      { name: "bestFor", label: "Best for", type: "textarea" },
    ],
    schema: z.object({
      name: text("Name", 60),
      sortOrder,
      description: text("How it works", 600),
      bestFor: text("Best for", 300),
    }),
  },
  faq: {
    labelField: "question",
    parent: "site",
    title: "Questions and answers",
    fields: [
      { name: "question", label: "Question", type: "text" },
      orderField("question"),
      { name: "answer", label: "Answer", type: "textarea" },
    ],
    schema: z.object({ question: text("Question", 200), sortOrder, answer: text("Answer", 2000) }),
  },
} as const satisfies Record<
  string,
  { labelField: string; parent: ContentParent; title: string; fields: FieldSpec[]; schema: z.ZodType }
>;

/** A list belongs to one role's hire page, one guide, or the whole site (how it works, hiring models, FAQ). */
export type ContentParent = "role" | "guide" | "site";

export type ContentKind = keyof typeof contentKinds;
export const contentKindNames = Object.keys(contentKinds) as ContentKind[];

/** The name a row is shown and announced by ("Save Junior", "Deleted Junior."). */
export function rowLabel(kind: ContentKind, row: Record<string, unknown>) {
  const value = row[contentKinds[kind].labelField];
  return typeof value === "string" && value ? value : `#${String(row.id)}`;
}

/** The editor shows one section at a time (`?section=`): a role's page fields, then each of its lists. */
export const roleSections = ["page", "seniority", "useCase", "fact", "technology", "tool"] as const;
export const guideSections = ["section", "comparison"] as const;
export const siteSections = ["step", "hiringModel", "faq"] as const;
export type EditorSection =
  | (typeof roleSections)[number]
  | (typeof guideSections)[number]
  | (typeof siteSections)[number];
export const sectionTitle = (section: EditorSection) => (section === "page" ? "Page" : contentKinds[section].title);

/** The section asked for in the URL, or the first one when it names none of them. */
export function pickSection<S extends string>(sections: readonly S[], asked: unknown): S {
  return sections.find((section) => section === asked) ?? sections[0]!;
}

/** The notice after a deletion (`?deleted=Junior`); the row's own form went with it. */
export function deletedNotice(deleted: unknown) {
  if (typeof deleted !== "string") return undefined;
  return deleted ? `Deleted ${deleted}. The public page no longer shows it.` : "That entry was already deleted.";
}

/** The editor of the site-wide lists, beside /admin/content/roles/… and /admin/content/guides/…. */
export const SITE_LISTS_EDITOR = "/admin/content/how-it-works";

/** Where a list's rows are edited: its role's or guide's page (by the parent's slug), or the site lists' page. */
export function editorPath(kind: ContentKind, parentSlug: string | null): string | null {
  const parent: ContentParent = contentKinds[kind].parent;
  if (parent === "site") return SITE_LISTS_EDITOR;
  if (!parentSlug) return null;
  return `/admin/content/${parent === "role" ? "roles" : "guides"}/${parentSlug}`;
}
