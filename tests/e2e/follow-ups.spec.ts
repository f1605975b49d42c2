import { expect, type Page, test } from "@playwright/test";
import { addReport, expectNoAccessibilityViolations, signedUpOwner } from "./support";

/** A calendar date some days from now, as a date field takes it. */
function inDays(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

async function logConversationThenFollowUp(page: Page, name: string) {
  await page.getByRole("link", { name: `Log a conversation with ${name}` }).click();
  await page.getByRole("group", { name: /How open were they/ }).locator("label", { hasText: "4" }).click();
  const insight = page.getByRole("group", { name: "Insight 1" });
  await insight.getByText("Factual", { exact: true }).click();
  await insight.getByRole("combobox", { name: /Topic/ }).selectOption({ label: "Hobbies" });
  await insight.getByRole("textbox", { name: /What you learned/ }).fill("Sings in a choir on Thursdays.");
  await page.getByRole("checkbox", { name: /They asked for something/ }).check();
  await page.getByRole("button", { name: "Save conversation" }).click();
}

test("a manager records what a report asked for in a conversation, completes a milestone, and sees it move to done", async ({ browser }) => {
  const { page, context } = await signedUpOwner(browser, "FollowUps");
  await addReport(page, "Hana Mori");
  await logConversationThenFollowUp(page, "Hana Mori");

  await expect(page.getByRole("heading", { level: 1, name: "Add a follow-up for Hana Mori" })).toBeVisible();
  await expect(page.getByText(/^From the conversation of /)).toBeVisible();
  await page.getByRole("button", { name: "Save follow-up" }).click();
  await expect(page.getByText("Please fill this in.")).toBeVisible();

  await page.getByLabel("What they asked for").fill("I'd love to try the UX research training in Osaka.");
  await page.getByLabel("What you will do").fill("Ask HR whether the team budget covers it.");
  await page.getByLabel("Due date", { exact: true }).fill(inDays(3));
  await page.getByLabel("Milestone 1", { exact: true }).fill("Ask HR about the budget");
  await page.getByLabel("Date of milestone 1").fill(inDays(1));
  await page.getByRole("button", { name: "Add a milestone" }).click();
  await page.getByLabel("Milestone 2", { exact: true }).fill("Book the seat");
  await expectNoAccessibilityViolations(page);
  await page.getByRole("button", { name: "Save follow-up" }).click();

  // Back on the profile, the follow-up is open, with its history.
  await expect(page.getByRole("heading", { level: 1, name: "Hana Mori", exact: true })).toBeVisible();
  const profileList = page.getByRole("region", { name: "Open follow-ups" });
  await expect(profileList.getByRole("heading", { name: "I'd love to try the UX research training in Osaka." })).toBeVisible();
  await profileList.getByText("Follow-up history").click();
  await expect(profileList.getByText("Follow-up added: I'd love to try the UX research training in Osaka.")).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Follow-ups" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Follow-ups" })).toBeVisible();
  const thisWeek = page.getByRole("region", { name: "Due this week" });
  const done = page.getByRole("region", { name: "Done or dropped" });
  await expect(thisWeek.getByRole("heading", { name: "I'd love to try the UX research training in Osaka." })).toBeVisible();
  await expect(thisWeek.getByText("0 of 2 milestones done")).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // One tap on a milestone: done, and the follow-up is now in progress.
  await thisWeek.getByRole("checkbox", { name: "Mark “Ask HR about the budget” done" }).click();
  await expect(thisWeek.getByRole("checkbox", { name: "Mark “Ask HR about the budget” not done" })).toBeChecked();
  await expect(thisWeek.getByText("1 of 2 milestones done")).toBeVisible();
  await expect(thisWeek.getByText("In progress", { exact: true })).toBeVisible();

  // One tap on the follow-up: it moves to done.
  await thisWeek.getByRole("button", { name: "Mark done" }).click();
  await expect(done.getByRole("heading", { name: "I'd love to try the UX research training in Osaka." })).toBeVisible();
  await expect(thisWeek.getByText("Nothing due in the next seven days.")).toBeVisible();
  await context.close();
});

test("a follow-up added after the conversation, dropped with a reason the manager can tell the report", async ({ browser }) => {
  const { page, context } = await signedUpOwner(browser, "DropFollowUp");
  const profile = await addReport(page, "Ken Ota");
  await logConversationThenFollowUp(page, "Ken Ota");
  await page.getByLabel("What they asked for").fill("Could I work from home on Fridays?");
  await page.getByLabel("Due date", { exact: true }).fill(inDays(-2));
  await page.getByRole("button", { name: "Save follow-up" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ken Ota", exact: true })).toBeVisible();

  // From the conversation card, later: another one.
  await page.getByRole("link", { name: "Add follow-up", exact: true }).first().click();
  await expect(page.getByText(/^From the conversation of /)).toBeVisible();
  await page.getByLabel("What they asked for").fill("A second monitor.");
  await page.getByRole("button", { name: "Save follow-up" }).click();
  await expect(page).toHaveURL(profile);

  await page.goto("/follow-ups");
  const overdue = page.getByRole("region", { name: "Overdue" });
  await expect(overdue.getByText(/^Overdue since /)).toBeVisible();
  await overdue.getByRole("button", { name: "Drop…" }).click();
  const dialog = page.getByRole("dialog", { name: "Drop this follow-up" });
  await dialog.getByRole("button", { name: "Drop it" }).click();
  await expect(dialog.getByText("Say why, in words you can tell them.")).toBeVisible();
  await dialog.getByLabel("Reason").fill("The office policy does not allow it before April; we will revisit then.");
  await dialog.getByRole("button", { name: "Drop it" }).click();
  const done = page.getByRole("region", { name: "Done or dropped" });
  await expect(done.getByText("Why it was dropped: The office policy does not allow it before April; we will revisit then.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Later" }).getByRole("heading", { name: "A second monitor." })).toBeVisible();

  // Another manager cannot reach this report's follow-up form, nor see the follow-ups.
  const stranger = await signedUpOwner(browser, "Stranger");
  const memberId = new URL(profile).pathname.split("/").pop() ?? "";
  await stranger.page.goto(`/follow-ups/new?member=${memberId}`);
  await expect(stranger.page.getByRole("heading", { name: "Nothing here" })).toBeVisible();
  await stranger.page.goto(`/follow-ups?member=${memberId}`);
  await expect(stranger.page.getByRole("heading", { name: "No follow-ups yet" })).toBeVisible();
  await stranger.context.close();
  await context.close();
});

test("@phone the follow-ups page fits a phone screen", async ({ browser }) => {
  const { page, context } = await signedUpOwner(browser, "PhoneFollowUps");
  await page.setViewportSize({ width: 360, height: 780 });
  await addReport(page, "Sora Ito");
  await page.goto("/follow-ups/new");
  await page.getByLabel("Report").selectOption({ label: "Sora Ito" });
  await page.getByLabel("What they asked for").fill("More time for the mentoring programme.");
  await page.getByLabel("Milestone 1", { exact: true }).fill("Talk to the programme lead");
  await page.getByRole("button", { name: "Save follow-up" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Follow-ups" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Later" }).getByRole("heading", { name: "More time for the mentoring programme." })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  await context.close();
});

test("a manager subscribes to their calendar feed, and a replaced or revoked URL stops working", async ({ browser }) => {
  const { page, context } = await signedUpOwner(browser, "CalendarFeed");
  await page.goto("/settings");
  const calendar = page.getByRole("region", { name: "Calendar" });
  await expect(calendar.getByText("You have no calendar feed.")).toBeVisible();
  await calendar.getByRole("button", { name: "Create my calendar URL" }).click();
  const link = calendar.getByLabel(/Your calendar URL/);
  await expect(link).toHaveValue(/\/api\/calendar\/.+\.ics$/);
  const first = await link.inputValue();
  await expect(calendar.getByText("Your calendar feed is on.")).toBeVisible();

  const feed = await page.request.get(first);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(await feed.text()).toContain("BEGIN:VCALENDAR");

  await calendar.getByRole("button", { name: "Replace with a new URL" }).click();
  await expect(link).not.toHaveValue(first);
  const second = await link.inputValue();
  expect((await page.request.get(first)).status()).toBe(404);
  expect((await page.request.get(second)).status()).toBe(200);

  await calendar.getByRole("button", { name: "Turn the feed off" }).click();
  await expect(calendar.getByText("The feed is off. Calendars subscribed to it will stop updating.")).toBeVisible();
  expect((await page.request.get(second)).status()).toBe(404);
  await expectNoAccessibilityViolations(page);
  await context.close();
});
