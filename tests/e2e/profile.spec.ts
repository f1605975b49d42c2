import { expect, type Page, test } from "@playwright/test";
import { DEMO_CREDENTIALS } from "@/lib/demo/demo-workspace";
import { expectNoAccessibilityViolations, signedUpOwner, signInThroughApi } from "./support";

// Other journeys read the demo workspace at the same time: this one changes it only briefly
// and puts everything back (the edit is reverted, the deletion undone); the mission only
// gains a version that keeps the text they may search for.

test("before a one-on-one, the demo manager reviews a profile, corrects an insight, deletes a conversation and undoes it", async ({ page }) => {
  // A long journey with three accessibility scans: more time when many journeys run at once.
  test.slow();
  await signInThroughApi(page, DEMO_CREDENTIALS);
  await page.goto("/team");
  await page.getByRole("link", { name: "Priya Raman", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Priya Raman", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Log a conversation" })).toHaveAttribute("href", /\/team\/[^/]+\/log$/);

  const coverage = page.getByRole("region", { name: "Coverage" });
  await expect(coverage.getByRole("list", { name: "Known" }).first().getByText("Hometown")).toBeVisible();
  await expect(coverage.getByText("6 of 6 topics known")).toBeVisible();
  await expect(page.getByRole("img", { name: /conversations in the last 12 months.*Deepest depth reached: Values/ })).toBeVisible();
  await page.getByText("Show the data as a table").click();
  await expect(page.getByRole("columnheader", { name: "Deepest depth" })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // Correct an insight in place, then put the demo text back.
  const original = "Grew up in Chennai; her parents still live there. Goes home every January for Pongal.";
  const corrected = "Grew up in Chennai; her parents still live there. Goes home every January for Pongal, with her brother.";
  await editInsight(page, original, corrected);
  await expect(page.getByRole("status").getByText("Insight saved.")).toBeVisible();
  await editInsight(page, corrected, original);

  // Delete the first conversation, see it go, and bring it back with its insights.
  const firstCoffee = page.getByRole("article").filter({ hasText: "Get to know Priya beyond the sprint board" });
  await firstCoffee.getByRole("button", { name: "Delete conversation" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete this conversation?" });
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await expectNoAccessibilityViolations(page);
  await dialog.getByRole("button", { name: "Delete" }).click();
  await expect(firstCoffee).toHaveCount(0);
  await expect(page.getByRole("region", { name: "What I know" }).getByText(original)).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Recently deleted" })).toBeVisible();
  const undo = page.getByRole("status").getByRole("button", { name: "Undo" });
  await expect(undo).toBeFocused();
  await undo.press("Enter");
  await expect(page.getByRole("status").getByText("Restored.")).toBeVisible();
  await expect(firstCoffee).toBeVisible();
  await expect(page.getByRole("region", { name: "What I know" }).getByText(original)).toBeVisible();
});

test("the demo manager revises a personal mission and reads its earlier version", async ({ page }) => {
  await signInThroughApi(page, DEMO_CREDENTIALS);
  await page.goto("/team");
  await page.getByRole("link", { name: "Priya Raman", exact: true }).click();
  const mission = page.getByRole("region", { name: "Personal mission" });
  await mission.getByRole("button", { name: "Revise" }).click();
  const text = mission.getByRole("textbox", { name: "Personal mission" });
  await expect(text).toBeFocused();
  await text.press("End");
  await text.pressSequentially("\n\nReread together before the one-on-one.");
  await mission.getByRole("button", { name: "Save as a new version" }).click();
  await expect(mission.getByText(/^Saved as version \d+\.$/)).toBeVisible();
  await expect(mission.getByText(/Reread together before the one-on-one\./)).toBeVisible();

  await mission.getByText(/^History/).click();
  await mission.getByRole("link", { name: "Read version 1" }).click();
  await expect(mission.getByRole("heading", { name: /^Version 1, saved/ })).toBeVisible();
  await expect(page).toHaveURL(/mission=1/);
  await expectNoAccessibilityViolations(page);
});

test("日本語で：事実から記録を始め、記録を直し、会話を削除して元に戻し、パーソナルミッションを育てる", async ({ browser }) => {
  test.slow();
  const { page, context } = await signedUpOwner(browser, "Kokoro", "ja");
  await page.getByLabel("氏名").fill("佐藤 由衣");
  await page.getByRole("button", { name: "追加する" }).click();
  await page.getByRole("link", { name: "佐藤 由衣", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "佐藤 由衣", exact: true })).toBeVisible();
  const profileUrl = page.url();

  // An empty profile teaches where to start.
  await expect(page.getByText("まだ記録がありません。まずは事実から始めましょう。", { exact: false })).toBeVisible();
  await expect(page.getByRole("region", { name: "カバー状況" }).getByText("6トピック中0トピック判明")).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.getByRole("link", { name: "会話を記録する" }).click();
  await page.getByRole("group", { name: "相手はどのくらいオープンでしたか？" }).getByText("3", { exact: true }).click();
  const insight = page.getByRole("group", { name: "わかったこと 1" });
  await insight.getByText("事実", { exact: true }).click();
  await insight.getByRole("combobox", { name: "トピック" }).selectOption({ label: "出身地" });
  await insight.getByRole("textbox", { name: "わかったこと" }).fill("出身は仙台。");
  await page.getByRole("button", { name: "会話を保存" }).click();
  await expect(page).toHaveURL(profileUrl);

  await expect(page.getByRole("region", { name: "カバー状況" }).getByText("6トピック中1トピック判明")).toBeVisible();
  await expect(page.getByRole("img", { name: /過去12か月の会話は1回。.*到達した最も深い深さ：事実。/ })).toBeVisible();

  const known = page.getByRole("region", { name: "わかっていること" });
  await known.getByRole("listitem").filter({ hasText: "出身は仙台。" }).getByRole("button", { name: "編集" }).click();
  await known.getByRole("textbox", { name: "わかったこと" }).fill("出身は仙台。高校から東京。");
  await known.getByRole("button", { name: "保存" }).click();
  await expect(known.getByText("出身は仙台。高校から東京。")).toBeVisible();

  await page.getByRole("article").getByRole("button", { name: "会話を削除" }).click();
  await page.getByRole("dialog", { name: "この会話を削除しますか？" }).getByRole("button", { name: "削除", exact: true }).click();
  await expect(known.getByText("出身は仙台。高校から東京。")).toHaveCount(0);
  await expect(page.getByRole("region", { name: "カバー状況" }).getByText("6トピック中0トピック判明")).toBeVisible();
  await page.getByRole("status").getByRole("button", { name: "元に戻す" }).click();
  await expect(known.getByText("出身は仙台。高校から東京。")).toBeVisible();

  // The mission, saved twice; a form opened on an older version is told, never overwrites.
  const mission = page.getByRole("region", { name: "パーソナルミッション" });
  await mission.getByRole("button", { name: "パーソナルミッションを書く" }).click();
  await mission.getByRole("textbox", { name: "パーソナルミッション" }).fill("在り方：仙台で育ち、");
  await mission.getByRole("button", { name: "新しいバージョンとして保存" }).click();
  await expect(mission.getByText("バージョン1として保存しました。")).toBeVisible();

  const otherTab = await context.newPage();
  await otherTab.goto(profileUrl);
  const otherMission = otherTab.getByRole("region", { name: "パーソナルミッション" });
  await otherMission.getByRole("button", { name: "書き直す" }).click();

  await mission.getByRole("button", { name: "書き直す" }).click();
  await mission.getByRole("textbox", { name: "パーソナルミッション" }).fill("在り方：仙台で育ち、人の役に立つ仕組みを作りたい。");
  await mission.getByRole("button", { name: "新しいバージョンとして保存" }).click();
  await expect(mission.getByText("バージョン2として保存しました。")).toBeVisible();

  await otherMission.getByRole("textbox", { name: "パーソナルミッション" }).fill("別のタブで書いた文章。");
  await otherMission.getByRole("button", { name: "新しいバージョンとして保存" }).click();
  await expect(otherMission.getByRole("alert").getByText(/新しいバージョン（バージョン2）/)).toBeVisible();
  await expect(otherMission.getByRole("textbox", { name: "パーソナルミッション" })).toHaveValue("別のタブで書いた文章。");
  await otherTab.close();

  await mission.getByText(/^履歴/).click();
  await mission.getByRole("link", { name: "バージョン1を読む" }).click();
  await expect(mission.getByRole("heading", { name: /^バージョン1（/ })).toBeVisible();
  await expect(mission.getByText("在り方：仙台で育ち、", { exact: true })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await context.close();
});

async function editInsight(page: Page, from: string, to: string) {
  const known = page.getByRole("region", { name: "What I know" });
  await known.getByRole("listitem").filter({ hasText: from }).getByRole("button", { name: "Edit" }).click();
  const text = known.getByRole("textbox", { name: "What you learned" });
  await expect(text).toBeFocused();
  await text.fill(to);
  await known.getByRole("button", { name: "Save" }).click();
  await expect(known.getByText(to, { exact: true })).toBeVisible();
}
