import { expect, test } from "@playwright/test";
import { DEMO_CREDENTIALS } from "@/lib/demo/demo-workspace";
import { expectNoAccessibilityViolations, signInThroughApi } from "./support";

test("the demo manager finds five reports with months of history, some of it in Japanese", async ({ page }) => {
  await signInThroughApi(page, DEMO_CREDENTIALS);
  await page.goto("/team");
  await expect(page.getByRole("heading", { name: "Your team" })).toBeVisible();
  await expect(page.getByText("5 reports")).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.getByRole("link", { name: "田中 悠斗", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "田中 悠斗", exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Factual" }).getByText(/札幌/).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Recent conversations" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
});
