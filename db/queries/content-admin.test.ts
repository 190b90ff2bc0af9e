import { afterEach, describe, expect, it } from "vitest";
import { siteContentSeeds } from "../seed-data";
import { closeAppDatabase, insertStaffUser, openFreshDatabase } from "../test-database";

afterEach(() => closeAppDatabase());

async function setUp() {
  await openFreshDatabase("content-admin");
  const content = await import("./content");
  const admin = await import("./content-admin");
  const manager = await insertStaffUser({ name: "Morgan Manager", email: "morgan@staff.example", role: "manager" });
  return { ...content, ...admin, manager };
}

describe("the site-wide lists (how it works, hiring models, FAQ)", () => {
  it("adds a question last, or where its order puts it, edits and deletes it: the public lists follow", async () => {
    const { manager, saveContentRow, deleteContentRow, listSiteContent, getSiteListsForEdit } = await setUp();
    const questions = async () => (await listSiteContent()).faqs.map((faq) => faq.question);
    const seeded = siteContentSeeds.faqs.map((faq) => faq.question);
    expect(await questions()).toEqual(seeded);

    expect(
      await saveContentRow(manager, "faq", null, null, { question: "Do you hire in Europe?", answer: "Yes." }),
    ).toEqual({ ok: true });
    expect(await questions()).toEqual([...seeded, "Do you hire in Europe?"]);
    await saveContentRow(manager, "faq", null, null, {
      question: "Who are you?",
      answer: "A hiring agency.",
      sortOrder: 0,
    });
    // Order 0 beside the first seeded question (also 0): the older one stays first.
    expect((await questions()).slice(0, 3)).toEqual([seeded[0], "Who are you?", seeded[1]]);

    const europe = (await getSiteListsForEdit(manager)).faq.find((faq) => faq.question === "Do you hire in Europe?");
    if (!europe) throw new Error("the new question is not listed");
    expect(
      await saveContentRow(manager, "faq", null, europe.id, {
        question: "Do you hire in Europe?",
        answer: "Yes, across the EU.",
        sortOrder: undefined,
      }),
    ).toEqual({ ok: true });
    const edited = (await listSiteContent()).faqs.find((faq) => faq.id === europe.id);
    expect(edited).toMatchObject({ answer: "Yes, across the EU.", sortOrder: europe.sortOrder });

    const deleted = await deleteContentRow(manager, "faq", null, europe.id);
    expect(deleted).toMatchObject({
      ok: true,
      value: { parentSlug: null, deleted: { question: "Do you hire in Europe?" } },
    });
    expect(await questions()).not.toContain("Do you hire in Europe?");
    // Deleted twice (a second tab): nothing left to delete, and nothing else goes.
    expect(await deleteContentRow(manager, "faq", null, europe.id)).toMatchObject({
      ok: true,
      value: { deleted: null },
    });
    expect(await questions()).toHaveLength(seeded.length + 1);
  });

  it("moves a step by its order and keeps each list's names unique", async () => {
    const { manager, saveContentRow, listSiteContent } = await setUp();
    const { steps } = await listSiteContent();
    const hire = steps.at(-1);
    if (!hire) throw new Error("no steps");
    const { id, ...fields } = hire;
    await saveContentRow(manager, "step", null, id, { ...fields, sortOrder: 0 });
    expect((await listSiteContent()).steps.map((step) => step.title).slice(0, 2)).toEqual(["Send a request", "Hire"]);

    const taken = siteContentSeeds.hiringModels[0]?.name ?? "";
    expect(
      await saveContentRow(manager, "hiringModel", null, null, {
        name: taken,
        description: "Again.",
        bestFor: "Nobody.",
      }),
    ).toEqual({ ok: false, reason: "duplicate-name" });
    expect((await listSiteContent()).hiringModels).toHaveLength(siteContentSeeds.hiringModels.length);
    expect(await saveContentRow(manager, "step", null, 999_999, fields)).toEqual({
      ok: false,
      reason: "gone",
    });
  });

  it("are for staff only, in every data function", async () => {
    const { saveContentRow, deleteContentRow, getSiteListsForEdit, listSiteContent } = await setUp();
    const candidate = { id: 1, name: "Casey", email: "casey@example.com", role: "candidate" as const };
    await expect(getSiteListsForEdit(candidate)).rejects.toThrow(/requires role/);
    await expect(saveContentRow(candidate, "faq", null, null, { question: "Q?", answer: "A." })).rejects.toThrow(
      /requires role/,
    );
    const [first] = (await listSiteContent()).faqs;
    await expect(deleteContentRow(candidate, "faq", null, first?.id ?? 1)).rejects.toThrow(/requires role/);
    expect((await listSiteContent()).faqs).toHaveLength(siteContentSeeds.faqs.length);
  });
});

describe("a role's and a guide's lists, beside the site-wide ones", () => {
  it("still change only their own page's rows, and need that page", async () => {
    const { manager, saveContentRow, deleteContentRow, getRoleForEdit, createRole } = await setUp();
    await createRole(manager, { slug: "go", name: "Go developer", headline: "Go", summary: "Go.", salaryYear: 2026 });
    const go = await getRoleForEdit(manager, "go");
    const backend = await getRoleForEdit(manager, "backend");
    const tool = backend?.lists.tool[0];
    if (!go || !tool) throw new Error("no roles");
    // Another role's tool, named by a forged hidden field: not this role's row.
    expect(await saveContentRow(manager, "tool", go.role.id, tool.id, { name: "Gin", description: "Router" })).toEqual({
      ok: false,
      reason: "gone",
    });
    expect(await deleteContentRow(manager, "tool", go.role.id, tool.id)).toMatchObject({
      ok: true,
      value: { deleted: null },
    });
    expect((await getRoleForEdit(manager, "backend"))?.lists.tool[0]).toEqual(tool);
    await expect(saveContentRow(manager, "tool", null, null, { name: "Gin", description: "Router" })).rejects.toThrow(
      /belongs to a role/,
    );
    expect(await deleteContentRow(manager, "tool", go.role.id, 999_999)).toMatchObject({ value: { parentSlug: "go" } });
  });
});
