import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { renderDigest } from "@/lib/reminders/render-digest";
import { ENTRY_POINTS } from "./entry-points";
import { callEntry } from "./support/drive";
import { createSecurityFixture, type SecurityFixture } from "./support/fixture";

vi.mock("@/lib/auth/current-user", () => import("./support/session"));
vi.mock("next-intl/server", () => import("./support/next-intl-server"));
vi.mock("next/cache", async () => (await import("./support/next-request")).nextCache);
vi.mock("next/headers", async () => (await import("./support/next-request")).nextHeaders);
vi.mock("next/navigation", async () => (await import("./support/next-request")).nextNavigation);

// Issue #6: text with markup is text everywhere it leaves the app, not only on its pages
// (tests/e2e/markup-as-text.spec.ts): in reminder emails and in exports.
const MARKUP = "<img src=x onerror=alert(1)><script>alert(2)</script>";

let f: SecurityFixture;
beforeEach(async () => {
  f = await createSecurityFixture();
});

describe("markup written by a manager", () => {
  it("is escaped in the reminder email's HTML and kept as typed in its plain text", async () => {
    const digest = {
      followUps: [{ memberId: "m1", memberName: `Aiko ${MARKUP}`, request: `Training ${MARKUP}`, dueDate: "2026-05-01", overdue: true }],
      milestones: [{ memberId: "m1", memberName: "Aiko", title: `Ask HR ${MARKUP}`, dueDate: "2026-05-02", overdue: false }],
      pastCadence: [],
      plans: [],
    };
    const email = await renderDigest(digest, { name: `Manager ${MARKUP}`, locale: "en", timeZone: "UTC" }, "2026-05-01");
    expect(email.html).not.toMatch(/<img|<script/i);
    expect(email.html).toContain("&lt;script&gt;alert(2)&lt;/script&gt;");
    expect(email.text).toContain(`Training ${MARKUP}`);
    expect(email.subject).not.toContain("<");
  });

  it("is exported as the text that was typed, in files a browser downloads rather than renders", async () => {
    await db.insight.update({ where: { id: f.insight.id }, data: { text: `Loves tea ${MARKUP}` } });
    await db.teamMember.update({ where: { id: f.report.id }, data: { name: `Aiko ${MARKUP}` } });
    const exportRoute = ENTRY_POINTS.find((entry) => entry.file.endsWith("privacy/export/route.ts"))!;

    const json = await callEntry(exportRoute, f.people.victim, { url: `/team/${f.report.id}/privacy/export?format=json`, params: { memberId: f.report.id } });
    expect(json).toMatchObject({ status: 200, contentType: "application/json; charset=utf-8" });
    expect(json.kind === "route" && json.headers["content-disposition"]).toMatch(/^attachment; filename="innerview-[\w-]+\.json"$/);
    expect(json.kind === "route" && JSON.stringify(JSON.parse(json.body))).toContain(JSON.stringify(`Loves tea ${MARKUP}`).slice(1, -1));

    const text = await callEntry(exportRoute, f.people.victim, { url: `/team/${f.report.id}/privacy/export?format=text`, params: { memberId: f.report.id } });
    expect(text).toMatchObject({ status: 200, contentType: "text/plain; charset=utf-8" });
    expect(text.kind === "route" && text.headers["content-disposition"]).toMatch(/^attachment; filename="innerview-[\w-]+\.txt"$/);
    expect(text.kind === "route" && text.body).toContain(`Loves tea ${MARKUP}`);
    expect(text.kind === "route" && text.body).toContain(`Aiko ${MARKUP}`);
  });
});
