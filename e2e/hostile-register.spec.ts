import {
  countUsersMentioning,
  createCandidateUser,
  expect,
  STRONG_PASSWORD,
  test,
  userById,
  usersNamedLike,
} from "./fixtures";
import {
  countedCases,
  drop,
  expectRefused,
  mainText,
  markerOf,
  type Part,
  type Refusal,
  RTL_OVERRIDE,
  renderedForm,
  send,
  set,
  TRANSPORT,
  textCases,
} from "./support/hostile";

// Hostile input against registration: one test, its cases in order; forms are read (and posted) as a browser without JavaScript does.
test.describe.configure({ mode: "default" });
test.use({ javaScriptEnabled: false });
const hostileCase = countedCases("register");

test("registration: hostile input is refused or stored verbatim, never half-stored", async ({ page }) => {
  const existing = await createCandidateUser("hostile-existing");
  const before = await userById(existing.id);
  const intact = async () => expect(await userById(existing.id)).toEqual(before);
  const fields = await renderedForm(page, "/register", "Create account");
  const valid = (marker: string): Part[] =>
    set(set(set(fields, "name", "Ada Backend"), "email", `ada+${marker}@backend.example`), "password", STRONG_PASSWORD);
  const stored = countUsersMentioning;

  const refused: { name: string; parts: (marker: string) => Part[]; refusal: Refusal }[] = [
    ...textCases("name", 100, /under 100 characters/).map(({ name, value, message }) => ({
      name,
      parts: (m: string) => set(valid(m), "name", value),
      refusal: { field: "name", message },
    })),
    {
      name: "name: only spaces",
      parts: (m) => set(valid(m), "name", "   "),
      refusal: { field: "name", message: /Enter your name/ },
    },
    {
      name: "email: SQL",
      parts: (m) => set(valid(m), "email", `admin'--${m}`),
      refusal: { field: "email", message: /valid email/ },
    },
    {
      name: "email: script",
      parts: (m) => set(valid(m), "email", `<svg/onload=alert(1)>${m}@x.example`),
      refusal: { field: "email", message: /valid email/ },
    },
    {
      name: "email: a right-to-left override",
      parts: (m) => set(valid(m), "email", `${RTL_OVERRIDE}ada+${m}@backend.example`),
      refusal: { field: "email", message: /valid email/ },
    },
    {
      name: "password: 10,000 characters",
      parts: (m) => set(valid(m), "password", "p".repeat(10_000)),
      refusal: { field: "password", message: /at most 128/ },
    },
    {
      name: "password: missing",
      parts: (m) => drop(valid(m), "password"),
      refusal: { field: "password", message: /Choose a password/ },
    },
    {
      name: "password: NUL bytes",
      parts: (m) => set(valid(m), "password", "\u0000".repeat(12)),
      refusal: { field: "password", message: /./ },
    },
    {
      name: "password: a file instead of text",
      parts: (m) =>
        set(valid(m), "password", { file: "p.txt", type: "text/plain", bytes: Buffer.from(STRONG_PASSWORD) }),
      refusal: { field: "password", message: /Choose a password/ },
    },
    {
      name: "email repeated, the last one invalid",
      parts: (m) => [...valid(m), ["email", "nobody"]],
      refusal: { field: "email", message: /valid email/ },
    },
  ];
  for (const { name, parts, refusal } of refused) {
    await hostileCase(`register — ${name}`, async () => {
      const marker = markerOf();
      expectRefused(await send(page, "/register", { parts: parts(marker) }), refusal);
      expect(await stored(marker)).toBe(0);
      await intact();
    });
  }
  for (const { name, request, status } of TRANSPORT) {
    await hostileCase(`register — ${name}`, async () => {
      const marker = markerOf();
      expectRefused(await send(page, "/register", request(valid(marker))), { status });
      expect(await stored(marker)).toBe(0);
      await intact();
    });
  }
  await hostileCase(
    "register — an address already registered, in capitals, answers like a new one and changes nothing",
    async () => {
      const marker = markerOf();
      const { html } = await send(page, "/register", {
        parts: set(set(valid(marker), "email", existing.email.toUpperCase()), "name", `Intruder ${marker}`),
      });
      expect(mainText(html)).toContain("Check your inbox");
      expect(mainText(html)).not.toMatch(/already/i);
      expect(await stored(marker)).toBe(0);
      await intact();
    },
  );
  await hostileCase("register — a script- and emoji-laden name is stored verbatim", async () => {
    const marker = markerOf();
    const name = `<b>Ada</b> 🚀 Zoë ${marker}`;
    const { html } = await send(page, "/register", { parts: set(valid(marker), "name", name) });
    expect(mainText(html)).toContain("Check your inbox");
    expect(await usersNamedLike(marker)).toEqual([expect.objectContaining({ name, role: "candidate" })]);
    await intact();
  });
});
