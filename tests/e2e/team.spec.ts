import { expect, test } from "@playwright/test";
import { addReport, expectNoAccessibilityViolations, signedUpOwner } from "./support";

test("a manager corrects a report's details, archives them, finds them among the archived and restores them", async ({ browser }) => {
  const { page, context } = await signedUpOwner(browser, "Archivist");
  const profileUrl = await addReport(page, "Kaito Mori");

  await page.goto(`${profileUrl}/edit`);
  await expect(page.getByRole("heading", { name: "Edit Kaito Mori" })).toBeVisible();
  await page.getByLabel("Name").fill("Kaito Morishita");
  await page.getByLabel("Job title").fill("Product Manager");
  await page.getByLabel("Start date").fill("2099-01-01");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByLabel("Start date")).toHaveAccessibleDescription("This date is in the future.");
  await page.getByLabel("Start date").fill("2022-04-01");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kaito Morishita", exact: true })).toBeVisible();

  await page.goto(`${profileUrl}/edit`);
  await expectNoAccessibilityViolations(page);
  await page.getByRole("button", { name: "Archive this report" }).click();
  await expect(page.getByRole("heading", { name: "Archived reports" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Kaito Morishita", exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Back to the active team" }).click();
  await expect(page.getByRole("link", { name: "Kaito Morishita", exact: true })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Archived (1)" })).toBeVisible();

  await page.goto(`${profileUrl}/edit`);
  await page.getByRole("button", { name: "Restore to the team" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kaito Morishita", exact: true })).toBeVisible();
  await page.goto("/team");
  await expect(page.getByRole("link", { name: "Kaito Morishita", exact: true })).toBeVisible();
  await expect(page.getByText("Product Manager")).toBeVisible();
  await context.close();
});
