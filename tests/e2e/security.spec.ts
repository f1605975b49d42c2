import { expect, test } from "@playwright/test";
import { signedUpOwner, signInThroughApi } from "./support";

test("every page carries a fresh script nonce and the app works under its strict policy", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const first = await page.goto("/sign-in");
  const second = await page.request.get("/sign-in");
  const policy = first?.headers()["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(second.headers()["content-security-policy"]).not.toBe(policy);
  expect(first?.headers()).toMatchObject({ "x-content-type-options": "nosniff", "referrer-policy": "same-origin" });

  // Signing in needs the page's scripts: it only works if the policy lets them run.
  await page.getByLabel("Email").fill("demo@innerview.local");
  await page.getByLabel("Password").fill("coffee-and-trust");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Your team" })).toBeVisible();
  expect(violations).toEqual([]);
});

test("after five wrong passwords an account is paused, even for the right one, and the page says why — in Japanese too", async ({ browser }) => {
  const { account, context } = await signedUpOwner(browser, "Guarded", "ja");
  await context.clearCookies();
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("メールアドレス").fill(account.email);
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await page.getByLabel("パスワード").fill(`wrong password ${attempt}`);
    await page.getByRole("button", { name: "ログイン" }).click();
    await expect(page.getByLabel("パスワード")).toHaveAccessibleDescription(/正しくありません/);
  }
  await page.getByLabel("パスワード").fill(account.password);
  await page.getByRole("button", { name: "ログイン" }).click();
  await expect(page.getByText("試行回数が多すぎます。安全のため、1分後にもう一度お試しください。")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in$/);
  await context.close();
});

test("signing out everywhere from one device ends the session on the other too", async ({ browser }) => {
  const { page: laptop, context: laptopContext, account } = await signedUpOwner(browser, "Traveller");
  const phoneContext = await browser.newContext();
  const phone = await phoneContext.newPage();
  await signInThroughApi(phone, account);
  await phone.goto("/team");
  await expect(phone.getByRole("heading", { name: "Your team" })).toBeVisible();

  await laptop.goto("/settings");
  await laptop.getByRole("button", { name: "Sign out everywhere" }).click();
  await laptop.waitForURL("**/sign-in");
  await phone.reload();
  await expect(phone).toHaveURL(/\/sign-in/);
  await laptopContext.close();
  await phoneContext.close();
});
