// Screenshots of the main screens at phone and desktop sizes, in English and Japanese, for a
// person to look at. Usage: start the app (npm start), then
//   npx tsx scripts/screenshots.mts [baseUrl] [outDir]
import { chromium } from "@playwright/test";
import { DEMO_CREDENTIALS } from "@/lib/demo/demo-workspace";

const baseUrl = process.argv[2] ?? "http://127.0.0.1:3000";
const outDir = process.argv[3] ?? "test-results/screenshots";
const VIEWPORTS = { phone: { width: 360, height: 780 }, desktop: { width: 1280, height: 860 } };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
});

for (const locale of ["en", "ja"] as const) {
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    for (const colorScheme of ["light", "dark"] as const) {
      const context = await browser.newContext({ viewport, colorScheme, baseURL: baseUrl });
      await context.addCookies([{ name: "innerview-locale", value: locale, url: baseUrl }]);
      const page = await context.newPage();
      const shoot = async (name: string) =>
        page.screenshot({ path: `${outDir}/${name}-${locale}-${device}-${colorScheme}.png`, fullPage: true });

      await page.goto("/");
      await shoot("landing");
      await page.goto("/sign-in");
      await shoot("sign-in");
      const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
      await page.request.post("/api/auth/callback/credentials", { form: { csrfToken, ...DEMO_CREDENTIALS, json: "true" } });
      // The demo manager's saved language decides once signed in: set it to this run's.
      await page.goto("/settings");
      await page.locator("select").first().selectOption(locale);
      await page.waitForFunction((expected) => document.documentElement.lang === expected, locale);
      await page.goto("/team");
      await shoot("team");
      await page.locator("main a[href^='/team/']").first().click();
      await page.waitForURL(/\/team\/.+/);
      await shoot("profile");
      await page.goto("/settings");
      await shoot("settings");
      await context.close();
    }
  }
}
await browser.close();
console.log(`Screenshots in ${outDir}/`);
