import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations, fillSignUpForm, newAccount, signedUpOwner } from "./support";

test("a manager creates a workspace, lands on an empty team that explains the method, and signs out", async ({ page }) => {
  const account = newAccount("Owner");
  await page.goto("/");
  await expectNoAccessibilityViolations(page);
  await page.getByRole("link", { name: "Create a workspace" }).click();
  await expectNoAccessibilityViolations(page);
  await fillSignUpForm(page, account);
  await page.getByRole("button", { name: "Create workspace" }).click();

  await expect(page.getByRole("heading", { name: "Your team" })).toBeVisible();
  await expect(page.getByText(/start with facts/)).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/team");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("signing up with a taken email or a short password says so at the field", async ({ browser, page }) => {
  const { account: existing, context } = await signedUpOwner(browser, "Taken");
  await context.close();
  await page.goto("/sign-up");
  await fillSignUpForm(page, { ...newAccount("Again"), email: existing.email, password: "short" });
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByLabel(/^Password/)).toHaveAccessibleDescription(/Use at least 10 characters/);

  await page.getByLabel(/^Password/).fill("a long enough passphrase");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription(/already exists/);
  await expect(page.getByLabel(/^Password/)).not.toHaveAttribute("aria-invalid");
  await expect(page).toHaveURL(/\/sign-up$/);
});

test("signing in with the right password opens the team; a wrong one is refused at the field", async ({ browser, page }) => {
  const { account, context } = await signedUpOwner(browser, "Returning");
  await context.close();

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill("not the password at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Password")).toHaveAccessibleDescription("The email or password is not right.");
  await expect(page).toHaveURL(/\/sign-in$/);
  await expectNoAccessibilityViolations(page);

  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Your team" })).toBeVisible();
});

test("a visitor who is not signed in is sent to sign-in from every page of the app", async ({ page }) => {
  for (const path of ["/team", "/settings", "/team/some-report-id"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole("heading", { name: "Sign in to Innerview" })).toBeVisible();
  }
});

test("@phone the sign-in page and the team fit a phone screen", async ({ browser }) => {
  const { page, context } = await signedUpOwner(browser, "Phone");
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/team");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  await context.close();
});
