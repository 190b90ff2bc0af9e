import {
  agedFormToken,
  countRequestsMentioning,
  countRequestsNamed,
  expect,
  formSigningSecret,
  requestsWithCompanyLike,
  test,
} from "./fixtures";
import {
  countedCases,
  drop,
  expectRefused,
  LONE_SURROGATE,
  mainText,
  markerOf,
  type Part,
  type Refusal,
  RTL_OVERRIDE,
  renderedForm,
  SCRIPT,
  SQL_TEXT,
  send,
  set,
  TRANSPORT,
  textCases,
  withBytes,
  ZERO_WIDTH_SPACE,
} from "./support/hostile";

// Hostile input against the contact form: one test, its cases in order; forms are read (and posted) as a browser without JavaScript does.
test.describe.configure({ mode: "default" });
test.use({ javaScriptEnabled: false });
const hostileCase = countedCases("contact");

test("contact form: hostile input is refused or stored verbatim, never half-stored", async ({ page }) => {
  const fields = await renderedForm(page, "/contact", "Send request");
  const secret = await formSigningSecret();
  const valid = (marker: string): Part[] => {
    let parts: Part[] = fields;
    for (const [name, value] of [
      ["name", "Grace Hopper"],
      ["email", `grace+${marker}@compiler.example`],
      ["company", `Compiler Works ${marker}`],
      ["role", "Backend developer"],
      ["seniority", "Senior"],
      ["developers", "3"],
      ["desiredStart", "within-1-month"],
      ["budget", "$95k a year"],
      ["message", `Three backend engineers for a payments platform (${marker}).`],
      ["consent", "on"],
      ["formToken", agedFormToken(secret)],
    ] as const)
      parts = set(parts, name, value);
    return parts;
  };
  const stored = countRequestsMentioning;

  // Earlier data: one request stored before the hostile ones, which must stay exactly as it is.
  const baseline = markerOf();
  const first = await send(page, "/contact", { parts: valid(baseline) });
  expect(mainText(first.html)).toContain("Your request has been sent");
  const [before] = await requestsWithCompanyLike(baseline);
  expect(before).toBeDefined();
  const intact = async () => expect(await requestsWithCompanyLike(baseline)).toEqual([before]);

  const refused: { name: string; parts: (marker: string) => Part[]; refusal: Refusal }[] = [
    ...textCases("name", 100, /under 100 characters/).map(({ name, value, message }) => ({
      name,
      parts: (m: string) => set(valid(m), "name", value),
      refusal: { field: "name", message },
    })),
    ...textCases("company", 120, /under 120 characters/).map(({ name, value, message }) => ({
      name,
      parts: (m: string) => set(set(valid(m), "company", value), "name", `Grace ${m}`),
      refusal: { field: "company", message },
    })),
    {
      name: "message: 5,001 characters",
      parts: (m) => set(valid(m), "message", `${m} ${"z".repeat(5000)}`),
      refusal: { field: "message", message: /under 5,000 characters/ },
    },
    {
      name: "message: a NUL byte",
      parts: (m) => set(valid(m), "message", `Payments team ${m}\u0000 and more`),
      refusal: { field: "message", message: /characters/ },
    },
    {
      name: "message: a right-to-left override",
      parts: (m) => set(valid(m), "message", `Payments team ${m} ${RTL_OVERRIDE}moc.live`),
      refusal: { field: "message", message: /characters/ },
    },
    {
      name: "message: a lone surrogate",
      parts: (m) => set(valid(m), "message", withBytes(`Payments team ${m} `, LONE_SURROGATE)),
      refusal: { field: "message", message: /characters/ },
    },
    {
      name: "email: script",
      parts: (m) => set(valid(m), "email", `<script>${m}</script>@x.example`),
      refusal: { field: "email", message: /valid email/ },
    },
    {
      name: "email: SQL",
      parts: (m) => set(valid(m), "email", `' OR 1=1 --${m}@x.example`),
      refusal: { field: "email", message: /valid email/ },
    },
    {
      name: "email: 300 characters",
      parts: (m) => set(valid(m), "email", `${m}${"a".repeat(290)}@x.example`),
      refusal: { field: "email", message: /too long/ },
    },
    {
      name: "email: a zero-width space",
      parts: (m) => set(valid(m), "email", `grace${ZERO_WIDTH_SPACE}+${m}@compiler.example`),
      refusal: { field: "email", message: /valid email/ },
    },
    ...["two", "-1", "1.5", "1e9", "Infinity", "NaN", ""].map((developers) => ({
      name: `developers: ${JSON.stringify(developers)}`,
      parts: (m: string) => set(valid(m), "developers", developers),
      refusal: { field: "developers", message: /number|whole|at least one|500/ } as Refusal,
    })),
    {
      name: "desired start: not an option",
      parts: (m) => set(valid(m), "desiredStart", "tomorrow'; DROP TABLE users; --"),
      refusal: { field: "desiredStart", message: /when you would like to start/ },
    },
    {
      name: "seniority: not an option",
      parts: (m) => set(valid(m), "seniority", "Overlord"),
      refusal: { field: "seniority", message: /listed seniority levels/ },
    },
    {
      name: "consent: missing",
      parts: (m) => drop(valid(m), "consent"),
      refusal: { field: "consent", message: /privacy policy/ },
    },
    {
      name: "consent: a value other than the checkbox's",
      parts: (m) => set(valid(m), "consent", "yes please"),
      refusal: { field: "consent", message: /privacy policy/ },
    },
    {
      name: "name: a file instead of text",
      parts: (m) => set(valid(m), "name", { file: "name.txt", type: "text/plain", bytes: Buffer.from("Grace") }),
      refusal: { field: "name", message: /Enter your name/ },
    },
    {
      name: "every field missing but Next's and the token",
      parts: () => fields.filter(([key]) => key.startsWith("$ACTION")).concat([["formToken", agedFormToken(secret)]]),
      refusal: { field: "name", message: /Enter your name/ },
    },
    {
      name: "email repeated, the last one invalid",
      parts: (m) => [...valid(m), ["email", "not-an-email"]],
      refusal: { field: "email", message: /valid email/ },
    },
  ];
  for (const { name, parts, refusal } of refused) {
    await hostileCase(`contact — ${name}`, async () => {
      const marker = markerOf();
      expectRefused(await send(page, "/contact", { parts: parts(marker) }), refusal);
      expect(await stored(marker)).toBe(0);
      await intact();
    });
  }
  // Nothing at all may be stored by the "every field missing" case: no request has an empty name.
  expect(await countRequestsNamed("")).toBe(0);

  for (const { name, request, status } of TRANSPORT) {
    await hostileCase(`contact — ${name}`, async () => {
      const marker = markerOf();
      expectRefused(await send(page, "/contact", request(valid(marker))), { status });
      expect(await stored(marker)).toBe(0);
      await intact();
    });
  }

  // Unusual but legitimate text is kept exactly as sent (and is only ever rendered as text).
  const verbatim: { name: string; field: "name" | "message" | "budget"; value: string }[] = [
    { name: "script-looking message", field: "message", value: `We test for ${SCRIPT} in our templates` },
    { name: "SQL-looking message", field: "message", value: `Our DBA wrote ${SQL_TEXT}` },
    { name: "emoji, accents and right-to-left script in the name", field: "name", value: "Zoë 🚀 Ødegaard سارة" },
    {
      name: "emoji sequences and combining marks in the message",
      field: "message",
      value: "Team 👩‍💻👨‍👩‍👧 naïve café (e\u0301) — 五人のエンジニア",
    },
    { name: "script-looking budget", field: "budget", value: `"><svg onload=alert(1)>` },
  ];
  for (const { name, field, value } of verbatim) {
    await hostileCase(`contact — ${name} is stored verbatim`, async () => {
      const marker = markerOf();
      const { html } = await send(page, "/contact", { parts: set(valid(marker), field, value) });
      expect(mainText(html)).toContain("Your request has been sent");
      // Nothing sent comes back as markup.
      if (value.includes("<")) expect(html.includes(value)).toBe(false);
      const rows = await requestsWithCompanyLike(marker);
      expect(rows).toHaveLength(1);
      expect(rows[0]?.[field]).toBe(value);
      await intact();
    });
  }
});
