import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect, type Page } from "@playwright/test";

export type Account = { name: string; email: string; password: string; workspaceName: string };

let counter = 0;

/** A new, unique account; nothing about it exists until it signs up. */
export function newAccount(label: string): Account {
  const id = `${Date.now().toString(36)}${process.pid}${(counter++).toString(36)}`;
  return {
    name: `${label} ${id}`,
    email: `${label.toLowerCase()}-${id}@example.test`,
    password: "a calm walk by the river",
    workspaceName: `${label} Workspace ${id}`,
  };
}

export async function fillSignUpForm(page: Page, account: Account) {
  await page.getByLabel(/workspace name|ワークスペース名/i).fill(account.workspaceName);
  await page.getByLabel(/your name|お名前/i).fill(account.name);
  await page.getByLabel(/email|メールアドレス/i).fill(account.email);
  await page.getByLabel(/^password|^パスワード/i).fill(account.password);
}

/** Signs in the way the browser does after the form, without the form: CSRF token, then credentials. */
export async function signInThroughApi(page: Page, account: Pick<Account, "email" | "password">) {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: account.email, password: account.password, json: "true" },
  });
  expect(response.ok()).toBe(true);
}

/** A workspace owner who has signed up, in a browser context of their own. */
export async function signedUpOwner(browser: Browser, label: string, locale: "en" | "ja" = "en") {
  const account = newAccount(label);
  const context = await browser.newContext({
    locale: locale === "ja" ? "ja-JP" : "en-US",
    // Each manager signs up from an address of their own, as in real life: sign-ups are
    // throttled per address, and the whole suite runs from one machine.
    extraHTTPHeaders: { "x-forwarded-for": documentationAddress() },
  });
  const page = await context.newPage();
  await page.goto("/sign-up");
  await fillSignUpForm(page, account);
  await page.getByRole("button", { name: /create workspace|ワークスペースを作成/i }).click();
  await page.waitForURL("**/team");
  return { account, context, page };
}

/** A random address from the range reserved for documentation (RFC 5737). */
function documentationAddress(): string {
  return `198.51.100.${Math.floor(Math.random() * 254) + 1}`;
}

/** Adds a report through the team page and returns the URL of their profile. */
export async function addReport(page: Page, name: string): Promise<string> {
  await page.goto("/team");
  await page.getByLabel(/^name$|^氏名$/i).fill(name);
  await page.getByRole("button", { name: /add report|追加する/i }).click();
  const link = page.getByRole("link", { name, exact: true });
  await expect(link).toBeVisible();
  return new URL((await link.getAttribute("href")) ?? "", page.url()).toString();
}

export async function expectNoAccessibilityViolations(page: Page) {
  // Next streams a dynamic page's <title> after its body, and again after a refresh: wait for it
  // as a person would see it in the tab, then check the page as a whole.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  expect(results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(", ")}`)).toEqual([]);
}
