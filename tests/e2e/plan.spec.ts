import { expect, type Page, test } from "@playwright/test";
import { addReport, expectNoAccessibilityViolations, signedUpOwner } from "./support";

// Issue #4: trust history suggests the next depth, explains why, and the manager plans the
// next conversation from it — in English and in Japanese.

type Texts = {
  locale: "en" | "ja";
  report: string;
  planLink: string;
  heading: string;
  depthRegion: string;
  factual: string;
  causative: string;
  noHistory: RegExp;
  ready: RegExp;
  pulledBack: (date: string) => string;
  showOthers: string;
  questionsRegion: string;
  intention: string;
  intentionText: string;
  savePlan: string;
  required: string;
  saved: string;
  upcoming: string;
  earlier: string;
  download: string;
  logThis: string;
  done: string;
  date: string;
  openness: RegExp;
  insight: (n: number) => string;
  topic: string;
  hometown: string;
  hobbies: string;
  insightText: string;
  pulledBackAt: string;
  saveConversation: string;
  logIntention: RegExp;
};

const ENGLISH: Texts = {
  locale: "en",
  report: "Mika Ono",
  planLink: "Plan the next conversation",
  heading: "Plan the next conversation with Mika Ono",
  depthRegion: "How deep to go",
  factual: "Factual",
  causative: "Causative",
  noHistory: /No conversation yet/,
  ready: /trust is there for causative questions/,
  pulledBack: (date) => `Closed up at causative topics on ${date} — stay with lighter topics for now.`,
  showOthers: "Show three others",
  questionsRegion: "Questions you might bring up",
  intention: "Your intention",
  intentionText: "Understand what brought Mika to this team, so I can support where she wants to go.",
  savePlan: "Save plan",
  required: "Please fill this in.",
  saved: "Plan saved.",
  upcoming: "Planned conversations",
  earlier: "Earlier plans",
  download: "Add to calendar (.ics)",
  logThis: "Log this conversation",
  done: "Done",
  date: "Date",
  openness: /How open were they/,
  insight: (n) => `Insight ${n}`,
  topic: "Topic",
  hometown: "Hometown",
  hobbies: "Hobbies",
  insightText: "What you learned",
  pulledBackAt: "They pulled back at",
  saveConversation: "Save conversation",
  logIntention: /^Your intention/,
};

const JAPANESE: Texts = {
  locale: "ja",
  report: "小野 美香",
  planLink: "次の会話を計画",
  heading: "小野 美香さんとの次の会話を計画する",
  depthRegion: "どこまで深く話すか",
  factual: "事実",
  causative: "理由",
  noHistory: /まだ会話の記録がありません/,
  ready: /理由の質問ができる信頼があります/,
  pulledBack: (date) => `${date}に理由の話題で心を閉ざしました。しばらくは軽い話題にとどめましょう。`,
  showOthers: "別の3問を表示",
  questionsRegion: "話題にできそうな質問",
  intention: "この会話の心構え",
  intentionText: "このチームを選んだ理由を知り、本人が目指す方向を支えたい。",
  savePlan: "計画を保存",
  required: "入力してください。",
  saved: "計画を保存しました。",
  upcoming: "予定している会話",
  earlier: "これまでの計画",
  download: "カレンダーに追加（.ics）",
  logThis: "この会話を記録",
  done: "実施済み",
  date: "日付",
  openness: /オープンでしたか/,
  insight: (n) => `わかったこと ${n}`,
  topic: "トピック",
  hometown: "出身地",
  hobbies: "趣味",
  insightText: "わかったこと",
  pulledBackAt: "話を控えた深さ",
  saveConversation: "会話を保存",
  logIntention: /^あなたの心構え/,
};

/** A calendar date N days before another, as the date field takes it. */
function daysBefore(date: string, days: number): string {
  return new Date(Date.parse(`${date}T12:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/** Logs a conversation through the form on the page that is open, and waits for the profile. */
async function logConversation(
  page: Page,
  x: Texts,
  answers: { daysAgo: number; openness: number; topic?: string; text?: string; pulledBackAt?: string },
): Promise<string> {
  const dateField = page.getByLabel(x.date, { exact: true });
  const today = await dateField.inputValue();
  const date = daysBefore(today, answers.daysAgo);
  await dateField.fill(date);
  await page.getByRole("group", { name: x.openness }).locator("label", { hasText: String(answers.openness) }).click();
  if (answers.topic && answers.text) {
    const insight = page.getByRole("group", { name: x.insight(1), exact: true });
    await insight.getByText(x.factual, { exact: true }).click();
    await insight.getByRole("combobox", { name: x.topic }).selectOption({ label: answers.topic });
    await insight.getByRole("textbox", { name: x.insightText }).fill(answers.text);
  }
  if (answers.pulledBackAt) await page.getByLabel(x.pulledBackAt).selectOption({ label: answers.pulledBackAt });
  await page.getByRole("button", { name: x.saveConversation }).click();
  await expect(page.getByRole("heading", { level: 1, name: x.report, exact: true })).toBeVisible();
  return date;
}

/** `whileOpen` runs once the plan is saved, with the addresses of its page and calendar file. */
async function planJourney(page: Page, x: Texts, whileOpen?: (urls: { plan: string; calendar: string }) => Promise<void>) {
  const profileUrl = await addReport(page, x.report);
  await page.goto(profileUrl);
  await page.getByRole("link", { name: x.planLink, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: x.heading })).toBeVisible();

  // No history yet: start with facts, and say so.
  const depth = page.getByRole("region", { name: x.depthRegion });
  await expect(depth.getByText(x.factual, { exact: true })).toBeVisible();
  await expect(depth.getByText(x.noHistory)).toBeVisible();
  const questions = page.getByRole("region", { name: x.questionsRegion });
  await expect(questions.getByRole("checkbox")).toHaveCount(3);
  const firstQuestion = await questions.getByRole("listitem").first().innerText();
  await questions.getByRole("link", { name: x.showOthers }).click();
  await expect(questions.getByRole("listitem").first()).not.toHaveText(firstQuestion);
  await expect(questions.getByRole("checkbox")).toHaveCount(3);
  await expectNoAccessibilityViolations(page);

  // Two open, factual conversations: ready to ask why.
  await page.goto(`${profileUrl}/log`);
  await logConversation(page, x, { daysAgo: 12, openness: 4, topic: x.hometown, text: "Sapporo → Tokyo" });
  await page.goto(`${profileUrl}/log`);
  await logConversation(page, x, { daysAgo: 5, openness: 4, topic: x.hobbies, text: "Bouldering" });
  await page.goto(`${profileUrl}/plan`);
  await expect(depth.getByText(x.causative, { exact: true })).toBeVisible();
  await expect(depth.getByText(x.ready)).toBeVisible();

  // A plan needs an intention; then it is listed, with its calendar file.
  await page.getByRole("button", { name: x.savePlan }).click();
  await expect(page.getByRole("textbox", { name: x.intention })).toHaveAccessibleDescription(new RegExp(x.required));
  await page.getByRole("textbox", { name: x.intention }).fill(x.intentionText);
  await page.getByRole("button", { name: x.savePlan }).click();
  await expect(page.getByText(x.saved)).toBeVisible();
  const upcoming = page.getByRole("region", { name: x.upcoming });
  await expect(upcoming.getByText(x.intentionText)).toBeVisible();
  const download = upcoming.getByRole("link", { name: x.download });
  const calendar = await page.request.get((await download.getAttribute("href")) ?? "");
  expect(calendar.status()).toBe(200);
  expect(calendar.headers()["content-type"]).toContain("text/calendar");
  const ics = await calendar.text();
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  expect(ics).toContain(x.report);
  expect(ics).not.toContain(x.intentionText.slice(0, 12));
  await whileOpen?.({ plan: page.url(), calendar: new URL((await download.getAttribute("href")) ?? "", page.url()).toString() });
  await expectNoAccessibilityViolations(page);

  // The planned conversation: they closed up at causative. The plan closes, the suggestion steps back.
  await upcoming.getByRole("link", { name: x.logThis }).click();
  await expect(page.getByRole("textbox", { name: x.logIntention })).toHaveValue(x.intentionText);
  // Yesterday: a conversation stored at noon UTC today would still be "in the future" just after midnight UTC.
  const pulledBackOn = await logConversation(page, x, { daysAgo: 1, openness: 2, pulledBackAt: x.causative });
  await page.goto(`${profileUrl}/plan`);
  await expect(depth.getByText(x.factual, { exact: true })).toBeVisible();
  const formatted = new Intl.DateTimeFormat(x.locale, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }).format(
    new Date(`${pulledBackOn}T12:00:00Z`),
  );
  await expect(depth.getByText(x.pulledBack(formatted))).toBeVisible();
  const earlier = page.getByRole("region", { name: x.earlier });
  await expect(earlier.getByText(x.done, { exact: true })).toBeVisible();
  await expect(earlier.getByText(x.intentionText)).toBeVisible();
  await expect(page.getByRole("region", { name: x.upcoming }).getByRole("link", { name: x.logThis })).toHaveCount(0);
}

test("a new manager plans conversations as trust grows, and steps back when the report closes up", async ({ browser }) => {
  test.slow();
  const { page, context } = await signedUpOwner(browser, "Planner");
  const stranger = await signedUpOwner(browser, "Stranger");
  await planJourney(page, ENGLISH, async (urls) => {
    // Another workspace's manager gets nothing: not the page, not the calendar file.
    expect((await stranger.page.request.get(urls.calendar)).status()).toBe(404);
    await stranger.page.goto(urls.plan);
    await expect(stranger.page.getByRole("heading", { name: "Nothing here" })).toBeVisible();
    // Signed out, the calendar file is refused too.
    const signedOut = await browser.newContext();
    expect((await signedOut.request.get(urls.calendar)).status()).toBe(401);
    await signedOut.close();
  });
  await stranger.context.close();
  await context.close();
});

test("日本語でも：信頼に合わせて次の会話を計画し、相手が心を閉ざしたら一歩戻る", async ({ browser }) => {
  test.slow();
  const { page, context } = await signedUpOwner(browser, "Keikaku", "ja");
  await planJourney(page, JAPANESE);
  await context.close();
});

test("a manager adds a question of their own to the bank, finds it among the suggestions, and archives it", async ({ browser }) => {
  const { page, context } = await signedUpOwner(browser, "Asker");
  await addReport(page, "Jun Abe");
  await page.goto("/questions");
  await expect(page.getByRole("heading", { level: 1, name: "Question bank" })).toBeVisible();
  await page.getByRole("button", { name: "Add question" }).click();
  await expect(page.getByRole("textbox", { name: "Question in English" })).toHaveAccessibleDescription("Please fill this in.");

  await page.getByRole("combobox", { name: "Topic" }).selectOption({ label: "Another topic (type it)" });
  await page.getByRole("textbox", { name: "Your topic" }).fill("Lunch spots");
  await page.getByRole("textbox", { name: "Question in English" }).fill("Found any good lunch places near the office?");
  await page.getByRole("button", { name: "Add question" }).click();
  await expect(page.getByText("Question added.")).toBeVisible();
  const list = page.getByRole("region", { name: "Your workspace's questions" });
  await expect(list.getByText("Found any good lunch places near the office?")).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // Seven topics at the factual depth: the workspace's own comes in the third set of three.
  await page.goto("/team");
  await page.getByRole("link", { name: "Jun Abe", exact: true }).click();
  await page.getByRole("link", { name: "Plan the next conversation", exact: true }).click();
  const questions = page.getByRole("region", { name: "Questions you might bring up" });
  await expect(questions.getByText(/^Set 1 of \d+$/)).toBeVisible();
  await questions.getByRole("link", { name: "Show three others" }).click();
  await expect(questions.getByText(/^Set 2 of \d+$/)).toBeVisible();
  await questions.getByRole("link", { name: "Show three others" }).click();
  await expect(questions.getByRole("checkbox", { name: /Found any good lunch places near the office\?/ })).toBeChecked();

  await page.goto("/questions");
  await list.getByRole("button", { name: "Archive the question “Found any good lunch places near the office?”" }).click();
  await expect(page.getByText(/Question archived/)).toBeVisible();
  await expect(list.getByText("No questions of your own yet.")).toBeVisible();
  await context.close();
});
