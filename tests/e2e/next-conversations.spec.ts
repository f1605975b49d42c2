import { expect, type Page, test } from "@playwright/test";
import { DEMO_CREDENTIALS } from "@/lib/demo/demo-workspace";
import { addReport, expectNoAccessibilityViolations, signedUpOwner, signInThroughApi } from "./support";

/** A calendar date some days back, as the date field takes it (new accounts here live in UTC). */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** Logs a conversation from "who to talk with next", optionally dated in the past. */
async function logFromNextUp(page: Page, linkName: string, heading: string, { date, openness = 4 }: { date?: string; openness?: number } = {}) {
  await page.goto("/team");
  await page.getByRole("link", { name: linkName }).click();
  if (date) await page.getByLabel(/^(Date|日付)$/).fill(date);
  await page.getByRole("group", { name: /How open were they|オープンでしたか/ }).locator("label", { hasText: String(openness) }).click();
  await page.getByRole("button", { name: /Save conversation|会話を保存/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: heading, exact: true })).toBeVisible();
}

test("the demo manager sees who is due for a conversation, with the depth to aim for", async ({ page }) => {
  await signInThroughApi(page, DEMO_CREDENTIALS);
  await page.goto("/team");
  const nextUp = page.getByRole("region", { name: "Who to talk with next" });
  // 佐々木さん has not been talked with for over three months: due, and a lighter depth to warm up again.
  const sasaki = nextUp.getByRole("listitem").filter({ hasText: "佐々木 葵" });
  await expect(sasaki).toContainText(/\d+ days overdue · Every 3 weeks/);
  await expect(sasaki).toContainText("Suggested depth");
  await expect(sasaki.getByText("Factual", { exact: true })).toBeVisible();
  await expect(sasaki.getByRole("link", { name: "Plan a conversation with 佐々木 葵" })).toHaveAttribute("href", /^\/team\/[^/]+\/plan$/);
  // Tom talked with the manager five days ago, every week: not due yet, and his card says when.
  await expect(nextUp.getByText("Tom Becker")).toHaveCount(0);
  const tom = page.getByRole("article").filter({ has: page.getByRole("link", { name: "Tom Becker", exact: true }) });
  await expect(tom).toContainText(/Due in \d days?|Due tomorrow/);
  await expect(tom).toContainText("Trust trend");
  await expectNoAccessibilityViolations(page);
});

test("a manager sets how often to talk with each report, and the list of who is due follows", async ({ browser }) => {
  const { page, context } = await signedUpOwner(browser, "Cadence");
  const kaitoUrl = await addReport(page, "Kaito Mori");
  await addReport(page, "Rin Abe");
  const nextUp = page.getByRole("region", { name: "Who to talk with next" });
  await expect(nextUp.getByRole("listitem")).toHaveCount(2);
  await expect(nextUp.getByRole("listitem").first()).toContainText("No conversation yet");

  await logFromNextUp(page, "Log the next conversation with Kaito Mori", "Kaito Mori", { date: daysAgo(12) });
  await logFromNextUp(page, "Log the next conversation with Rin Abe", "Rin Abe", { date: daysAgo(20) });
  await page.goto("/team");
  await expect(nextUp.getByRole("listitem")).toHaveCount(1);
  await expect(nextUp.getByRole("listitem")).toContainText("Rin Abe");
  await expect(nextUp.getByRole("listitem")).toContainText("6 days overdue · Every 2 weeks");
  const kaito = page.getByRole("article").filter({ has: page.getByRole("link", { name: "Kaito Mori", exact: true }) });
  await expect(kaito).toContainText("Due in 2 days");

  await page.goto(`${kaitoUrl}/edit`);
  await page.getByLabel("How often to talk").selectOption({ label: "Another number of days…" });
  await page.getByLabel("Every how many days").fill("0");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByLabel("Every how many days")).toHaveAccessibleDescription(/Enter a number of days from 1 to 365\./);
  await page.getByLabel("How often to talk").selectOption({ label: "Every week" });
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kaito Mori", exact: true })).toBeVisible();

  // Twelve days against a weekly rhythm is more overdue than twenty against a fortnightly one.
  await page.goto("/team");
  await expect(nextUp.getByRole("listitem")).toHaveCount(2);
  await expect(nextUp.getByRole("listitem").first()).toContainText("Kaito Mori");
  await expect(nextUp.getByRole("listitem").first()).toContainText("5 days overdue · Every week");
  await expect(nextUp.getByRole("listitem").nth(1)).toContainText("Rin Abe");
  await expect(kaito).toContainText("5 days overdue");
  await expectNoAccessibilityViolations(page);
  await context.close();
});

test("次に話したい人と話す頻度は日本語でも", async ({ browser }) => {
  const { page, context } = await signedUpOwner(browser, "Hindo", "ja");
  const profileUrl = await addReport(page, "佐藤 花子");
  const nextUp = page.getByRole("region", { name: "次に話したい人" });
  await expect(nextUp.getByRole("listitem")).toContainText("まだ会話がありません · 2週間ごと");
  await expect(nextUp.getByRole("listitem").getByText("事実", { exact: true })).toBeVisible();

  await page.goto(`${profileUrl}/edit`);
  await page.getByLabel("話す頻度の目安").selectOption({ label: "日数を指定…" });
  await page.getByLabel("何日ごとに話すか").fill("400");
  await page.getByRole("button", { name: "変更を保存" }).click();
  await expect(page.getByLabel("何日ごとに話すか")).toHaveAccessibleDescription(/1〜365の日数を入力してください。/);
  await page.getByLabel("何日ごとに話すか").fill("3");
  await page.getByRole("button", { name: "変更を保存" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "佐藤 花子", exact: true })).toBeVisible();

  // A conversation logged for today restarts the count at once.
  await logFromNextUp(page, "佐藤 花子さんとの次の会話を記録", "佐藤 花子");
  await page.goto("/team");
  await expect(nextUp).toContainText("いま時期が来ている人はいません");
  const card = page.getByRole("article").filter({ has: page.getByRole("link", { name: "佐藤 花子", exact: true }) });
  await expect(card).toContainText("あと3日");
  await expect(card).toContainText("3日ごと");
  await expect(card).toContainText("信頼の推移");
  await expectNoAccessibilityViolations(page);
  await context.close();
});
