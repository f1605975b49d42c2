import { expect, test } from "@playwright/test";
import { addReport, newAccount, signedUpOwner } from "./support";

test("a manager of another workspace sees nothing of the first, even with guessed ids", async ({ browser }) => {
  const first = await signedUpOwner(browser, "First");
  const reportUrl = await addReport(first.page, "Hana Kobayashi");

  // The first owner's pending invitation: capture its id from their own withdraw request,
  // and stop that request so the invitation stays pending.
  await first.page.goto("/settings");
  await first.page.getByRole("button", { name: "Create invitation link" }).click();
  await expect(first.page.getByText("Waiting")).toBeVisible();
  let firstInvitationId = "";
  await first.page.route("**/settings", async (route) => {
    const body = route.request().postData() ?? "";
    firstInvitationId = /"invitationId":"([^"]+)"/.exec(body)?.[1] ?? "";
    await route.abort();
  });
  await first.page.getByRole("button", { name: /Withdraw/ }).click();
  await expect.poll(() => firstInvitationId).not.toBe("");
  await first.page.unroute("**/settings");

  const second = await signedUpOwner(browser, "Second");
  await second.page.goto(reportUrl);
  await expect(second.page.getByRole("heading", { name: "Nothing here" })).toBeVisible();
  await expect(second.page.getByText("Hana Kobayashi")).toHaveCount(0);
  await second.page.goto("/team");
  await expect(second.page.getByText("Hana Kobayashi")).toHaveCount(0);

  // The second owner withdraws their own invitation, with the first workspace's id put in its place.
  await second.page.goto("/settings");
  await second.page.getByRole("button", { name: "Create invitation link" }).click();
  await second.page.route("**/settings", async (route) => {
    const body = (route.request().postData() ?? "").replace(/"invitationId":"[^"]+"/, `"invitationId":"${firstInvitationId}"`);
    await route.continue({ postData: body });
  });
  await second.page.getByRole("button", { name: /Withdraw/ }).click();
  await expect(second.page.getByText("Waiting")).toBeVisible();

  await first.page.reload();
  await expect(first.page.getByText("Waiting")).toBeVisible();
  await expect(first.page.getByText("Withdrawn")).toHaveCount(0);
  await Promise.all([first.context.close(), second.context.close()]);
});

test("another manager of the same workspace, and the owner, cannot open each other's reports", async ({ browser }) => {
  const owner = await signedUpOwner(browser, "Lead");
  const ownersReport = await addReport(owner.page, "Daniel Okafor");
  await owner.page.goto("/settings");
  await owner.page.getByRole("button", { name: "Create invitation link" }).click();
  const link = await owner.page.getByLabel(/Invitation link/).inputValue();

  const colleague = newAccount("Colleague");
  const colleagueContext = await browser.newContext();
  const colleaguePage = await colleagueContext.newPage();
  await colleaguePage.goto(link);
  await colleaguePage.getByLabel("Your name").fill(colleague.name);
  await colleaguePage.getByLabel("Email").fill(colleague.email);
  await colleaguePage.getByLabel(/^Password/).fill(colleague.password);
  await colleaguePage.getByRole("button", { name: "Join workspace" }).click();
  await expect(colleaguePage.getByRole("heading", { name: "Your team" })).toBeVisible();
  await expect(colleaguePage.getByText("Daniel Okafor")).toHaveCount(0);
  await colleaguePage.goto(ownersReport);
  await expect(colleaguePage.getByRole("heading", { name: "Nothing here" })).toBeVisible();

  const colleaguesReport = await addReport(colleaguePage, "Mei Lin");
  await owner.page.goto(colleaguesReport);
  await expect(owner.page.getByRole("heading", { name: "Nothing here" })).toBeVisible();
  await owner.page.goto("/team");
  await expect(owner.page.getByText("Mei Lin")).toHaveCount(0);
  await Promise.all([owner.context.close(), colleagueContext.close()]);
});
