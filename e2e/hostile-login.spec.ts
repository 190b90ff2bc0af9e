import { auditRowsBy, createCandidateUser, expect, loginAs, test, userById } from "./fixtures";
import { countedCases, RTL_OVERRIDE, type Send, send, ZERO_WIDTH_SPACE } from "./support/hostile";

// Hostile input against the sign-in endpoint (next-auth's credentials callback): one test, its cases in order; forms are read (and posted) as a browser without JavaScript does.
test.describe.configure({ mode: "default" });
test.use({ javaScriptEnabled: false });
const hostileCase = countedCases("login");

test("login endpoint: hostile credentials never sign anyone in and never break the endpoint", async ({ page }) => {
  // Attempts on the exact address count against its sign-in throttle (5 per 15 minutes): they go to
  // `other`, so `user` can still sign in at the end.
  const [user, other] = [await createCandidateUser("hostile-login"), await createCandidateUser("hostile-login-other")];
  const rows = async () => [await userById(user.id), await userById(other.id)];
  const before = await rows();
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signedIn = async () =>
    (await page.context().cookies()).some((cookie) => cookie.name.endsWith("next-auth.session-token"));
  const form = (fields: Record<string, string>) =>
    new URLSearchParams({ csrfToken, json: "true", ...fields }).toString();
  const urlencoded = "application/x-www-form-urlencoded";

  const attempts: { name: string; send: Send; status?: number }[] = [
    {
      name: "SQL in the email",
      send: { data: form({ email: "' OR '1'='1' --", password: "x' OR '1'='1" }), contentType: urlencoded },
    },
    {
      name: "a NUL byte in the email",
      send: { data: form({ email: `${user.email}\u0000`, password: user.password }), contentType: urlencoded },
    },
    {
      name: "a right-to-left override in the email",
      send: { data: form({ email: `${RTL_OVERRIDE}${user.email}`, password: user.password }), contentType: urlencoded },
    },
    {
      name: "a zero-width space in the email",
      send: {
        data: form({ email: user.email.replace("@", `${ZERO_WIDTH_SPACE}@`), password: user.password }),
        contentType: urlencoded,
      },
    },
    {
      name: "the right password with a NUL byte appended",
      send: { data: form({ email: other.email, password: `${other.password}\u0000` }), contentType: urlencoded },
    },
    {
      name: "a 200,000-character password",
      send: { data: form({ email: other.email, password: "p".repeat(200_000) }), contentType: urlencoded },
    },
    { name: "the password missing", send: { data: form({ email: other.email }), contentType: urlencoded } },
    {
      name: "the email repeated, the last one an attacker's",
      send: {
        data: `${form({ email: other.email, password: "wrong-password-1" })}&email=attacker%40evil.example`,
        contentType: urlencoded,
      },
    },
    {
      name: "arrays instead of strings (JSON)",
      send: {
        data: JSON.stringify({ csrfToken, json: "true", email: [other.email], password: ["x"] }),
        contentType: "application/json",
      },
    },
    // A Buffer, because Playwright would re-encode a string that is not JSON into a JSON string.
    { name: "malformed JSON", send: { data: Buffer.from("{not json"), contentType: "application/json" }, status: 400 },
    {
      name: "no CSRF token",
      send: {
        data: new URLSearchParams({ email: user.email, password: user.password, json: "true" }).toString(),
        contentType: urlencoded,
      },
    },
    {
      name: "a multipart body",
      send: {
        parts: [
          ["csrfToken", csrfToken],
          ["email", user.email],
          ["password", user.password],
        ],
      },
    },
    {
      name: "a 9 MB body",
      send: { data: form({ email: user.email, password: "q".repeat(9 * 1024 * 1024) }), contentType: urlencoded },
      status: 413,
    },
  ];
  for (const { name, send: request, status } of attempts) {
    await hostileCase(`login — ${name}`, async () => {
      const { response, html } = await send(page, "/api/auth/callback/credentials", request);
      if (status) expect(response.status()).toBe(status);
      else if (response.status() === 302) expect(response.headers().location).toMatch(/\/api\/auth\/(signin|error)/);
      else
        expect(JSON.parse(html)).toEqual({
          url: expect.stringMatching(/\/api\/auth\/(error\?error=CredentialsSignin|signin\?csrf=true)/),
        });
      expect(await signedIn()).toBe(false);
      expect(await rows()).toEqual(before);
    });
  }
  // Earlier data intact: the real owner still signs in, and only that sign-in is in the audit log.
  await loginAs(page, user.email, user.password);
  expect(await signedIn()).toBe(true);
  expect(await auditRowsBy(user.id, "sign-in")).toHaveLength(1);
});
