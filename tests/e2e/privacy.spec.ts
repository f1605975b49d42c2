import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { addReport, expectNoAccessibilityViolations, signedUpOwner } from "./support";

test("a manager exports what they noted about a report, then erases the report completely, and the owner's audit trail shows both", async ({ browser }) => {
  const { page, context } = await signedUpOwner(browser, "Steward");
  const profileUrl = await addReport(page, "Noa Kimura");

  await page.goto(`${profileUrl}/edit`);
  await page.getByRole("link", { name: "Your data about Noa Kimura" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your data about Noa Kimura", exact: true })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download to read (text)" }).click();
  const document = await readFile((await (await download).path()) ?? "", "utf8");
  expect(document).toContain("Innerview — everything noted about Noa Kimura");

  await page.getByLabel("Type their name to confirm: Noa Kimura").fill("Noa");
  await page.getByRole("button", { name: "Erase Noa Kimura and all notes" }).click();
  await expect(page.getByLabel("Type their name to confirm: Noa Kimura")).toHaveAccessibleDescription(
    "That is not the name. Type it exactly as shown to confirm.",
  );
  await page.getByLabel("Type their name to confirm: Noa Kimura").fill("Noa Kimura");
  await page.getByRole("button", { name: "Erase Noa Kimura and all notes" }).click();
  await expect(page.getByRole("heading", { name: "Your team" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Noa Kimura", exact: true })).toHaveCount(0);
  await page.goto(profileUrl);
  await expect(page.getByRole("heading", { name: "Nothing here" })).toBeVisible();

  await page.goto("/team");
  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("menuitem", { name: "Audit trail" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit trail" })).toBeVisible();
  await expect(page.getByText("Erased a report completely")).toBeVisible();
  await expect(page.getByText("Exported a report's data")).toBeVisible();
  await expect(page.getByText("Signed in", { exact: true })).toBeVisible();
  await expect(page.getByText("Noa Kimura")).toHaveCount(0);
  await expectNoAccessibilityViolations(page);
  await context.close();
});

test("the owner downloads the workspace and then deletes it; nobody can sign in to it afterwards", async ({ browser }) => {
  const { page, context, account } = await signedUpOwner(browser, "Closing");
  await page.goto("/settings");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the workspace (JSON)" }).click();
  const data = JSON.parse(await readFile((await (await download).path()) ?? "", "utf8")) as { workspace: { name: string } };
  expect(data.workspace.name).toBe(account.workspaceName);

  const confirm = page.getByLabel(`Type the workspace's name to confirm: ${account.workspaceName}`);
  await confirm.fill("not the name");
  await page.getByRole("button", { name: "Delete the workspace and everything in it" }).click();
  await expect(confirm).toHaveAccessibleDescription("That is not the name. Type it exactly as shown to confirm.");
  await confirm.fill(account.workspaceName);
  await page.getByRole("button", { name: "Delete the workspace and everything in it" }).click();
  await page.waitForURL((url) => url.pathname === "/");

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Password")).toHaveAccessibleDescription("The email or password is not right.");
  await context.close();
});
