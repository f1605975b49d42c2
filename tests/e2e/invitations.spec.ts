import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations, newAccount, signedUpOwner } from "./support";

test("the owner invites a manager with a single-use link that works once", async ({ browser }) => {
  const owner = await signedUpOwner(browser, "Inviter");
  await owner.page.goto("/settings");
  await owner.page.getByRole("button", { name: "Create invitation link" }).click();
  const link = await owner.page.getByLabel(/Invitation link/).inputValue();
  expect(link).toMatch(/\/invite\/[\w-]{40,}$/);
  await expectNoAccessibilityViolations(owner.page);

  const invitee = newAccount("Invitee");
  const inviteeContext = await browser.newContext();
  const inviteePage = await inviteeContext.newPage();
  await inviteePage.goto(link);
  await expect(inviteePage.getByRole("heading", { name: `Join ${owner.account.workspaceName} on Innerview` })).toBeVisible();
  await inviteePage.getByLabel("Your name").fill(invitee.name);
  await inviteePage.getByLabel("Email").fill(invitee.email);
  await inviteePage.getByLabel(/^Password/).fill(invitee.password);
  await inviteePage.getByRole("button", { name: "Join workspace" }).click();
  await expect(inviteePage.getByRole("heading", { name: "Your team" })).toBeVisible();
  await inviteePage.goto("/settings");
  await expect(inviteePage.getByText(owner.account.workspaceName)).toBeVisible();
  await expect(inviteePage.getByRole("button", { name: "Create invitation link" })).toHaveCount(0);

  await owner.page.reload();
  await expect(owner.page.getByText(`Joined as ${invitee.name}`)).toBeVisible();
  await owner.page.getByRole("button", { name: `Make ${invitee.name} an owner` }).click();
  await expect(owner.page.getByRole("button", { name: `Make ${invitee.name} a manager` })).toBeVisible();
  await expect(owner.page.getByText("Owner", { exact: true })).toHaveCount(2);

  const secondUse = await browser.newPage();
  await secondUse.goto(link);
  await expect(secondUse.getByText("This invitation has already been used.")).toBeVisible();
  await expect(secondUse.getByRole("button", { name: "Join workspace" })).toHaveCount(0);
  await Promise.all([owner.context.close(), inviteeContext.close(), secondUse.close()]);
});

test("a withdrawn invitation and a made-up link both explain that they cannot be used", async ({ browser }) => {
  const owner = await signedUpOwner(browser, "Withdrawer");
  await owner.page.goto("/settings");
  await owner.page.getByLabel(/Their email/).fill("someone@example.test");
  await owner.page.getByRole("button", { name: "Create invitation link" }).click();
  const link = await owner.page.getByLabel(/Invitation link/).inputValue();
  await owner.page.getByRole("button", { name: "Withdraw the invitation for someone@example.test" }).click();
  await expect(owner.page.getByText(/Withdrawn/)).toBeVisible();

  const visitor = await browser.newPage();
  await visitor.goto(link);
  await expect(visitor.getByText("This invitation was withdrawn by the workspace owner.")).toBeVisible();
  await visitor.goto("/invite/not-a-real-invitation-token");
  await expect(visitor.getByText(/This invitation link is not valid/)).toBeVisible();
  await Promise.all([owner.context.close(), visitor.close()]);
});
