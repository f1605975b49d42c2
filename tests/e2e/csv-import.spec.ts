import { expect, type Page, test } from "@playwright/test";
import { expectNoAccessibilityViolations, signedUpOwner } from "./support";

// Excel's "CSV UTF-8" starts with a byte order mark; row 3 has a date no calendar has, and row 5
// repeats row 2 (same email).
const ENGLISH_CSV = [
  "\uFEFFName,Job Title,Team,Start Date,Email",
  "Yui Sato,Product designer,Design,2024-04-01,yui.sato@example.com",
  "Mio Abe,Sales lead,Sales,2024-13-45,mio.abe@example.com",
  "Daniel Okafor,Engineer,Platform,2023/10/16,",
  "Yui Sato,Designer,Design,,YUI.SATO@example.com",
].join("\r\n");

const JAPANESE_CSV = [
  "氏名,役職,部署,入社日,メールアドレス",
  "佐藤 結,デザイナー,デザイン部,2024/4/1,yui.sato@example.jp",
  "鈴木 花子,営業,営業部,2022/10/01,hanako@",
  "田中 悠斗,エンジニア,基盤開発部,,",
].join("\n");

function csvFile(text: string) {
  return { name: "team.csv", mimeType: "text/csv", buffer: Buffer.from(text, "utf8") };
}

/** A row of the preview, by its number in the file (the header is row 1). */
function previewRow(page: Page, row: number) {
  return page.getByRole("row", { name: new RegExp(`^${row} `) });
}

async function expectNoSidewaysScrolling(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0);
}

test("a manager imports a CSV file with one bad row, and importing it again adds nobody twice", async ({ browser }) => {
  const { page, context } = await signedUpOwner(browser, "Importer");
  await page.goto("/team/import");
  await expect(page.getByRole("heading", { level: 1, name: "Import reports from a CSV file", exact: true })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.getByLabel("CSV file").setInputFiles(csvFile(ENGLISH_CSV));
  await expect(page.getByRole("heading", { name: "Preview" })).toBeVisible();
  await expect(page.getByText("Row 3 · Start date: Enter a date like 2024-04-01.")).toBeVisible();
  await expect(previewRow(page, 2)).toContainText("Yui Sato");
  await expect(previewRow(page, 2)).toContainText("Will be added");
  await expect(previewRow(page, 3)).toContainText("Not imported");
  await expect(previewRow(page, 5)).toContainText("Same as row 2 (skipped)");
  await expectNoAccessibilityViolations(page);

  // Nothing is imported before the manager confirms.
  await page.goto("/team");
  await expect(page.getByText("No reports yet")).toBeVisible();
  await page.goto("/team/import");
  await page.getByLabel("CSV file").setInputFiles(csvFile(ENGLISH_CSV));
  await page.getByRole("button", { name: "Import 2 reports" }).click();
  await expect(page.getByText("2 added, 1 skipped.")).toBeVisible();
  await expect(page.getByText("1 row with errors was not imported.")).toBeVisible();

  await page.getByRole("link", { name: "See your team" }).click();
  await expect(page.getByRole("heading", { name: "Your team" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Yui Sato", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Daniel Okafor", exact: true })).toBeVisible();
  await expect(page.getByText("Mio Abe")).toHaveCount(0);

  await page.goto("/team/import");
  await page.getByLabel("CSV file").setInputFiles(csvFile(ENGLISH_CSV));
  await expect(previewRow(page, 2)).toContainText("Already on your team (skipped)");
  await expect(previewRow(page, 4)).toContainText("Already on your team (skipped)");
  await expect(page.getByRole("button", { name: "Nothing new to import" })).toBeDisabled();
  await page.getByRole("link", { name: "Back to team" }).click();
  await expect(page.getByText("2 reports")).toBeVisible();

  // Someone else's team is theirs: for another workspace's manager, the same people are new.
  const other = await signedUpOwner(browser, "Elsewhere");
  await other.page.goto("/team/import");
  await other.page.getByLabel("CSV file").setInputFiles(csvFile(ENGLISH_CSV));
  await expect(previewRow(other.page, 2)).toContainText("Will be added");
  await expect(other.page.getByRole("button", { name: "Import 2 reports" })).toBeEnabled();
  await Promise.all([context.close(), other.context.close()]);
});

test("a Japanese-speaking manager pastes a Japanese CSV on a phone and reads every message in Japanese", async ({ browser }) => {
  const { page, context } = await signedUpOwner(browser, "Nihongo", "ja");
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto("/team/import");
  await expect(page.getByRole("heading", { level: 1, name: "CSVファイルからメンバーをインポート", exact: true })).toBeVisible();

  await page.getByLabel("またはCSVのテキストを貼り付け").fill(JAPANESE_CSV);
  await page.getByRole("button", { name: "プレビューを表示" }).click();
  await expect(page.getByRole("heading", { name: "プレビュー" })).toBeVisible();
  await expect(page.getByText("3行目 · メールアドレス：name@example.com のような形式でメールアドレスを入力してください。")).toBeVisible();
  await expect(previewRow(page, 2)).toContainText("追加されます");
  await expectNoSidewaysScrolling(page);
  await expectNoAccessibilityViolations(page);

  await page.getByRole("button", { name: "2人をインポート" }).click();
  await expect(page.getByText("2人を追加し、0件をスキップしました。")).toBeVisible();
  await expect(page.getByText("エラーのある1行はインポートされませんでした。")).toBeVisible();
  await page.getByRole("link", { name: "チームを見る" }).click();
  await expect(page.getByRole("link", { name: "佐藤 結", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "田中 悠斗", exact: true })).toBeVisible();
  await expect(page.getByText("鈴木 花子")).toHaveCount(0);

  await page.goto("/team/import");
  await page.getByLabel("またはCSVのテキストを貼り付け").fill(JAPANESE_CSV);
  await page.getByRole("button", { name: "プレビューを表示" }).click();
  await expect(previewRow(page, 4)).toContainText("すでにチームにいます（スキップ）");
  await expect(page.getByRole("button", { name: "新しくインポートするメンバーはいません" })).toBeDisabled();
  await page.goto("/team");
  await expect(page.getByText("2人のメンバー")).toBeVisible();
  await context.close();
});
