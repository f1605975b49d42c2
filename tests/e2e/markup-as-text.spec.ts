import { expect, type Page, test } from "@playwright/test";
import { addReport, signedUpOwner } from "./support";

// Issue #6: whatever a manager types is shown as the text they typed. Markup in a note must
// never become part of the page: no image loads, no script runs, no dialog opens.
const MARKUP = "<img src=x onerror=alert(1)><script>alert(2)</script>";

function watchForDialogs(page: Page): string[] {
  const opened: string[] = [];
  page.on("dialog", (dialog) => {
    opened.push(dialog.message());
    void dialog.dismiss();
  });
  return opened;
}

async function expectNoInjectedElements(page: Page) {
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  // The page's own data scripts carry the note as an escaped string; none may be the note's script.
  expect(await page.locator("script").evaluateAll((scripts) => scripts.filter((script) => script.textContent?.trim() === "alert(2)").length)).toBe(0);
}

test("a manager writes markup in an insight and a personal mission, and the profile and search show it as plain text", async ({ browser }) => {
  const { page, context } = await signedUpOwner(browser, "Markup");
  const dialogs = watchForDialogs(page);
  const insightText = `Loves green tea ${MARKUP}`;
  const missionText = `Being: a quiet helper ${MARKUP}`;

  const profileUrl = await addReport(page, "Mika Sasaki");
  await page.getByRole("link", { name: "Log a conversation with Mika Sasaki" }).click();
  await page.getByRole("group", { name: "How open were they" }).locator("label", { hasText: "3" }).click();
  const insight = page.getByRole("group", { name: "Insight 1" });
  await insight.getByText("Factual", { exact: true }).click();
  await insight.getByRole("combobox", { name: "Topic" }).selectOption({ label: "Hobbies" });
  await insight.getByRole("textbox", { name: "What you learned" }).fill(insightText);
  await page.getByRole("button", { name: "Save conversation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mika Sasaki", exact: true })).toBeVisible();
  await expect(page).toHaveURL(profileUrl);

  await expect(page.getByRole("region", { name: "What I know" }).getByText(insightText, { exact: true })).toBeVisible();

  const mission = page.getByRole("region", { name: "Personal mission" });
  await mission.getByRole("button", { name: "Write their personal mission" }).click();
  await mission.getByRole("textbox", { name: "Personal mission" }).fill(missionText);
  await mission.getByRole("button", { name: "Save as a new version" }).click();
  await expect(mission.getByText("Saved as version 1.")).toBeVisible();
  await expect(mission.getByText(missionText, { exact: true })).toBeVisible();

  // After a reload the text comes from the server's HTML, not from the form's state.
  await page.reload();
  await expect(page.getByRole("region", { name: "What I know" }).getByText(insightText, { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Personal mission" }).getByText(missionText, { exact: true })).toBeVisible();
  await expectNoInjectedElements(page);

  // Search marks the words it found inside the text: the rest stays text, markup included.
  await page.goto("/search");
  const search = page.getByRole("searchbox", { name: "Words to find" });
  await search.fill("script");
  await search.press("Enter");
  const results = page.getByRole("region", { name: "Mika Sasaki" });
  await expect(results.getByRole("link", { name: /Hobbies/ })).toContainText(insightText);
  await expect(results.getByRole("link", { name: /Personal mission/ })).toContainText(missionText);
  await expect(results.locator("mark").first()).toHaveText("script");
  await expectNoInjectedElements(page);

  expect(dialogs).toEqual([]);
  await context.close();
});

test("日本語で：貼り付けた文章に見えない制御文字があると、保存せずに欄のそばで知らせる", async ({ browser }) => {
  const { page, context } = await signedUpOwner(browser, "Seigyo", "ja");
  await page.getByLabel("氏名").fill("山田 花");
  await page.getByRole("button", { name: "追加する" }).click();
  await page.getByRole("link", { name: "山田 花", exact: true }).click();
  const mission = page.getByRole("region", { name: "パーソナルミッション" });
  await mission.getByRole("button", { name: "パーソナルミッションを書く" }).click();
  const text = mission.getByRole("textbox", { name: "パーソナルミッション" });
  // A vertical tab, as word processors put in a pasted line break.
  await text.fill("在り方：人を支える。\u000B意味：学び続ける。");
  await mission.getByRole("button", { name: "新しいバージョンとして保存" }).click();
  await expect(text).toHaveAccessibleDescription(/目に見えない文字や壊れた文字が含まれています/);
  await expect(mission.getByText("バージョン1として保存しました。")).toHaveCount(0);

  await text.fill("在り方：人を支える。\n意味：学び続ける。");
  await mission.getByRole("button", { name: "新しいバージョンとして保存" }).click();
  await expect(mission.getByText("バージョン1として保存しました。")).toBeVisible();
  await context.close();
});
