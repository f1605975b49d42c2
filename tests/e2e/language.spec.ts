import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations, fillSignUpForm, newAccount, signInThroughApi } from "./support";

test("a visitor switches to Japanese, signs up in it, and it stays their language on every device", async ({ browser, page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByLabel("Language").selectOption("ja");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("メンバーを本当に知るための、マネージャーのノート");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("メンバーを本当に知るための、マネージャーのノート");
  await expectNoAccessibilityViolations(page);

  const account = newAccount("Nihongo");
  await page.getByRole("link", { name: "ワークスペースを作成" }).click();
  await fillSignUpForm(page, account);
  await page.getByRole("button", { name: "ワークスペースを作成" }).click();
  await expect(page.getByRole("heading", { name: "あなたのチーム" })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // Dates follow the language: a Japanese medium date is written 2026/11/28.
  await page.goto("/settings");
  await page.getByRole("button", { name: "招待リンクを作成" }).click();
  await expect(page.getByText(/\d{4}\/\d{1,2}\/\d{1,2} .*に失効/)).toBeVisible();

  // Another browser, set to English, with no cookie: the saved choice wins.
  const elsewhere = await browser.newContext({ locale: "en-US" });
  const other = await elsewhere.newPage();
  await signInThroughApi(other, account);
  await other.goto("/team");
  await expect(other.getByRole("heading", { name: "あなたのチーム" })).toBeVisible();

  await other.goto("/settings");
  await other.getByLabel("言語").selectOption("en");
  await expect(other.getByRole("heading", { name: "Settings" })).toBeVisible();
  await other.goto("/team");
  await expect(other.getByRole("heading", { name: "Your team" })).toBeVisible();
  await elsewhere.close();
});
