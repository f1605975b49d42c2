import { expect, type Page, test } from "@playwright/test";
import { addReport, expectNoAccessibilityViolations, signedUpOwner } from "./support";

async function fillInsight(page: Page, number: number, depth: string, topic: string, text: string) {
  const insight = page.getByRole("group", { name: new RegExp(`^(Insight|わかったこと) ${number}$`) });
  await insight.getByText(depth, { exact: true }).click();
  await insight.getByRole("combobox", { name: /Topic|トピック/ }).selectOption({ label: topic });
  await insight.getByRole("textbox", { name: /What you learned|わかったこと/ }).fill(text);
}

async function chooseOpenness(page: Page, value: number) {
  await page.getByRole("group", { name: /How open were they|オープンでしたか/ }).locator("label", { hasText: String(value) }).click();
}

test("@phone right after a coffee chat, a manager logs three insights on a phone, and a reload loses nothing", async ({ browser }) => {
  const { page, context } = await signedUpOwner(browser, "Phone");
  await page.setViewportSize({ width: 360, height: 780 });
  await addReport(page, "Sora Ito");
  await page.getByRole("link", { name: "Log a conversation with Sora Ito" }).click();
  await expect(page.getByRole("heading", { name: "Conversation with Sora Ito" })).toBeVisible();

  await chooseOpenness(page, 4);
  await fillInsight(page, 1, "Factual", "Hometown", "Grew up in Sendai, by the sea.");
  await page.getByRole("button", { name: "Add an insight" }).click();
  await fillInsight(page, 2, "Causative", "Why this city", "Moved to Tokyo because the design scene is here.");

  await page.reload();
  await expect(page.getByText(/Your draft from .* is back/)).toBeVisible();
  await expect(page.getByText("Moved to Tokyo because the design scene is here.")).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.getByRole("button", { name: "Add an insight" }).click();
  await fillInsight(page, 3, "Factual", "Hobbies", "Plays the shakuhachi on weekends.");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  await page.getByRole("button", { name: "Save conversation" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Sora Ito", exact: true })).toBeVisible();
  for (const text of ["Grew up in Sendai, by the sea.", "Moved to Tokyo because the design scene is here.", "Plays the shakuhachi on weekends."]) {
    await expect(page.getByText(text).first()).toBeVisible();
  }
  // The draft is gone once saved.
  await page.goto(page.url() + "/log");
  await expect(page.getByText(/Your draft from/)).toHaveCount(0);
  await context.close();
});

test("会話の記録は日本語でも：深さの提案、入力ミスの指摘、保存", async ({ browser }) => {
  const { page, context } = await signedUpOwner(browser, "Nihongo", "ja");
  await addReport(page, "佐藤 花子");
  await page.getByRole("link", { name: "佐藤 花子さんとの会話を記録" }).click();

  const insight = page.getByRole("group", { name: "わかったこと 1" });
  await insight.getByRole("textbox", { name: "わかったこと" }).fill("この会社を選んだ理由は、現場に近いこと。");
  await expect(insight.getByText("「理由」のようです。")).toBeVisible();
  await insight.getByRole("button", { name: "「理由」にする" }).click();
  await expect(insight.getByRole("radio", { name: "理由" })).toBeChecked();

  await page.getByRole("button", { name: "会話を保存" }).click();
  await expect(page.getByText("オープンさを1〜5で選んでください。")).toBeVisible();
  await expect(insight.getByRole("combobox", { name: "トピック" })).toHaveAccessibleDescription("入力してください。");

  await chooseOpenness(page, 3);
  await insight.getByRole("combobox", { name: "トピック" }).selectOption({ label: "この会社を選んだ理由" });
  await page.getByRole("button", { name: "会話を保存" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "佐藤 花子", exact: true })).toBeVisible();
  await expect(page.getByText("この会社を選んだ理由は、現場に近いこと。").first()).toBeVisible();
  await context.close();
});

test("a save whose answer is lost on the way is retried without creating a second conversation", async ({ browser }) => {
  const { page, context } = await signedUpOwner(browser, "Retry");
  const profileUrl = await addReport(page, "Ren Mori");
  await page.goto(`${profileUrl}/log`);
  await chooseOpenness(page, 5);
  await fillInsight(page, 1, "Values", "Mentors", "Her first team lead taught her to ask before assuming.");

  // The request reaches the server, but the answer never comes back.
  await page.route("**/log", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    await route.fetch();
    await route.abort("connectionreset");
  });
  await page.getByRole("button", { name: "Save conversation" }).click();
  await expect(page.getByText(/You seem to be offline/)).toBeVisible();
  await page.unroute("**/log");

  await page.getByRole("button", { name: "Save conversation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ren Mori", exact: true })).toBeVisible();
  await page.goto("/team");
  await expect(page.getByText("Openness in the latest conversations, oldest first: 5 (of 5)")).toBeAttached();
  await context.close();
});

test("a logged conversation can be corrected from the profile's timeline", async ({ browser }) => {
  const { page, context } = await signedUpOwner(browser, "Corrector");
  const profileUrl = await addReport(page, "Yuki Hara");
  await page.goto(`${profileUrl}/log`);
  await chooseOpenness(page, 2);
  await fillInsight(page, 1, "Factual", "Languages", "Speaks Portuguese from two years in Lisbon.");
  await page.getByRole("button", { name: "Save conversation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Yuki Hara", exact: true })).toBeVisible();

  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Edit the conversation with Yuki Hara" })).toBeVisible();
  await chooseOpenness(page, 4);
  await page.getByRole("group", { name: "Where" }).locator("label", { hasText: "Walk" }).click();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Yuki Hara", exact: true })).toBeVisible();
  await expect(page.getByText("Openness 4 of 5").first()).toBeVisible();
  await expect(page.getByText("Speaks Portuguese from two years in Lisbon.").first()).toBeVisible();
  await context.close();
});
