import { expect, test } from "@playwright/test";
import { DEMO_CREDENTIALS } from "@/lib/demo/demo-workspace";
import { expectNoAccessibilityViolations, signedUpOwner, signInThroughApi } from "./support";

test("the demo manager finds a Japanese word inside their notes and opens the report's profile", async ({ page }) => {
  await signInThroughApi(page, DEMO_CREDENTIALS);
  await page.goto("/team");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Search" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Search your notes", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "What are you looking for?" })).toBeVisible();

  const search = page.getByRole("searchbox", { name: "Words to find" });
  await search.fill("札幌");
  await search.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=%E6%9C%AD%E5%B9%8C$/);
  // The form stays in place from one search to the next, so the keyboard user stays in it.
  await expect(search).toBeFocused();
  const tanaka = page.getByRole("region", { name: "田中 悠斗" });
  await expect(tanaka).toBeVisible();
  // The word is marked where it occurs, inside a sentence with no spaces around it.
  const hometown = tanaka.getByRole("link", { name: /Hometown.*出身は札幌/ });
  await expect(hometown.locator("mark").first()).toHaveText("札幌");
  await expect(tanaka.getByRole("link", { name: /Personal mission/ })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // Two words must both occur; the query survives a reload.
  await search.fill("札幌　雪かき");
  await search.press("Enter");
  await expect(page.getByText(/^1 note about 1 report match/)).toBeVisible();
  await page.reload();
  await expect(page.getByRole("searchbox", { name: "Words to find" })).toHaveValue("札幌　雪かき");
  await expect(page.getByText(/^1 note about 1 report match/)).toBeVisible();

  await page.getByRole("link", { name: /出身は札幌/ }).click();
  await expect(page).toHaveURL(/\/team\/[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "田中 悠斗", exact: true })).toBeVisible();

  // Back returns to the search as it was.
  await page.goBack();
  await expect(page.getByRole("searchbox", { name: "Words to find" })).toHaveValue("札幌　雪かき");
  await expect(page.getByRole("region", { name: "田中 悠斗" })).toBeVisible();
});

test("日本語で：ヒント、キーボードでの検索、自分のメモだけが見つかる", async ({ browser }) => {
  const { page, context } = await signedUpOwner(browser, "Kensaku", "ja");
  await page.getByLabel("氏名").fill("佐藤 花子");
  await page.getByRole("button", { name: "追加する" }).click();
  await page.getByRole("link", { name: "佐藤 花子さんとの会話を記録" }).click();
  await expect(page).toHaveURL(/\/team\/[^/]+\/log$/);
  const profileUrl = page.url().replace(/\/log$/, "");
  await page.getByRole("group", { name: "相手はどのくらいオープンでしたか？" }).getByText("4", { exact: true }).click();
  const insight = page.getByRole("group", { name: "わかったこと 1" });
  await insight.getByText("事実", { exact: true }).click();
  await insight.getByRole("combobox", { name: "トピック" }).selectOption({ label: "出身地" });
  await insight.getByRole("textbox", { name: "わかったこと" }).fill("生まれは函館、高校から札幌。");
  await page.getByRole("button", { name: "会話を保存" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "佐藤 花子", exact: true })).toBeVisible();

  await page.goto("/search");
  await expect(page.getByRole("heading", { level: 1, name: "メモを検索", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "何をお探しですか？" })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // Typed with the ideographic space of a Japanese keyboard; the topic label counts as a word.
  const search = page.getByRole("searchbox", { name: "検索する言葉" });
  await search.fill("札幌　出身地");
  await page.getByRole("button", { name: "検索", exact: true }).click();
  const report = page.getByRole("region", { name: "佐藤 花子" });
  await expect(report.getByRole("link", { name: /事実.*出身地.*高校から札幌/ })).toBeVisible();
  await expect(report.locator("mark")).toHaveText(["出身地", "札幌"]);
  // The demo workspace's notes mention 札幌 too, but they are not this manager's.
  await expect(page.getByText("田中 悠斗")).toHaveCount(0);
  await expectNoAccessibilityViolations(page);

  await search.fill("東京");
  await search.press("Enter");
  await expect(page.getByRole("heading", { name: "「東京」に一致するメモは見つかりませんでした" })).toBeVisible();
  await page.goBack();
  await expect(search).toHaveValue("札幌　出身地");

  await report.getByRole("link", { name: /高校から札幌/ }).click();
  await expect(page).toHaveURL(profileUrl);
  await expect(page.getByRole("heading", { level: 1, name: "佐藤 花子", exact: true })).toBeVisible();
  await context.close();
});
