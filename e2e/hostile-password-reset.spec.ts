import { createManageToken } from "../domain/manage-token";
import { createCandidateUser, expect, insertResetToken, resetTokensOf, test, userById } from "./fixtures";
import {
  countedCases,
  drop,
  expectRefused,
  LONE_SURROGATE,
  mainText,
  type Part,
  type Refusal,
  RTL_OVERRIDE,
  renderedForm,
  send,
  set,
  TRANSPORT,
  type Value,
  withBytes,
} from "./support/hostile";

// Hostile input against the forgotten-password and reset forms: one test, its cases in order; forms are read (and posted) as a browser without JavaScript does.
test.describe.configure({ mode: "default" });
test.use({ javaScriptEnabled: false });
const hostileCase = countedCases("password-reset");

test("forgot and reset password: hostile input is refused, tokens and passwords stay as they were", async ({
  page,
}) => {
  const user = await createCandidateUser("hostile-reset");
  const token = await insertResetToken(user.id);
  const account = () => userById(user.id);
  const tokens = () => resetTokensOf(user.id);
  const [accountBefore, tokensBefore] = [await account(), await tokens()];
  const intact = async () => {
    expect(await account()).toEqual(accountBefore);
    expect(await tokens()).toEqual(tokensBefore);
  };

  const forgot = await renderedForm(page, "/forgot-password", "Email me a reset link");
  const forgotCases: { name: string; email: Value }[] = [
    { name: "SQL", email: `${user.email}' OR '1'='1` },
    { name: "script", email: `<script>alert(1)</script>@x.example` },
    { name: "a NUL byte", email: `${user.email}\u0000` },
    { name: "a right-to-left override", email: `${RTL_OVERRIDE}${user.email}` },
    { name: "a lone surrogate", email: withBytes("", LONE_SURROGATE, user.email) },
    { name: "10,000 characters", email: `${"a".repeat(10_000)}@x.example` },
    { name: "a file", email: { file: "e.txt", type: "text/plain", bytes: Buffer.from(user.email) } },
  ];
  for (const { name, email } of forgotCases) {
    await hostileCase(`forgot password — email: ${name}`, async () => {
      expectRefused(await send(page, "/forgot-password", { parts: set(forgot, "email", email) }), {
        field: "email",
        message: /valid email|too long|work email/,
      });
      await intact();
    });
  }
  await hostileCase("forgot password — email missing", async () => {
    expectRefused(await send(page, "/forgot-password", { parts: drop(forgot, "email") }), {
      field: "email",
      message: /work email/,
    });
    await intact();
  });
  await hostileCase(
    "forgot password — an SQL-looking but valid unknown address gets the neutral answer and stores nothing",
    async () => {
      const { html } = await send(page, "/forgot-password", {
        parts: set(forgot, "email", "x'or'1'-'1@nobody.example"),
      });
      expect(mainText(html)).toContain("If an account exists for x'or'1'-'1@nobody.example");
      await intact();
    },
  );
  for (const { name, request, status } of TRANSPORT) {
    await hostileCase(`forgot password — ${name}`, async () => {
      expectRefused(await send(page, "/forgot-password", request(set(forgot, "email", user.email))), { status });
      await intact();
    });
  }

  const path = `/reset-password/${token}`;
  const reset = await renderedForm(page, path, "Save new password");
  const resetCases: { name: string; parts: Part[]; refusal: Refusal }[] = [
    {
      name: "password: 10,000 characters",
      parts: set(reset, "password", "r".repeat(10_000)),
      refusal: { field: "password", message: /128/ },
    },
    {
      name: "password: NUL bytes",
      parts: set(reset, "password", "\u0000".repeat(16)),
      refusal: { field: "password", message: /./ },
    },
    { name: "password: missing", parts: drop(reset, "password"), refusal: { field: "password", message: /./ } },
    {
      name: "token: SQL",
      parts: set(set(reset, "password", "a-brand-new-passphrase-77"), "token", "' OR 1=1 --"),
      refusal: { alert: /expired or was already used/ },
    },
    {
      name: "token: another well-formed token",
      parts: set(set(reset, "password", "a-brand-new-passphrase-77"), "token", createManageToken()),
      refusal: { alert: /expired or was already used/ },
    },
    // FormData.get() reads the first of repeated fields: a forged one first must not reach the real token.
    {
      name: "token: repeated, the first one forged",
      parts: [["token", createManageToken()], ...set(reset, "password", "a-brand-new-passphrase-77")],
      refusal: { alert: /expired or was already used/ },
    },
  ];
  for (const { name, parts, refusal } of resetCases) {
    await hostileCase(`reset password — ${name}`, async () => {
      expectRefused(await send(page, path, { parts }), refusal);
      await intact();
    });
  }
  for (const { name, request, status } of TRANSPORT) {
    await hostileCase(`reset password — ${name}`, async () => {
      expectRefused(await send(page, path, request(set(reset, "password", "a-brand-new-passphrase-77"))), { status });
      await intact();
    });
  }
});
