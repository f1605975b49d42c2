import "server-only";
import { appUrl } from "@/lib/email/app-url";
import { translatorFor } from "@/lib/email/translator";
import type { Digest } from "@/lib/reminders/collect-digest";

export type DigestEmail = { subject: string; text: string; html: string };

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char] ?? char);

/**
 * The digest as an email, plain text and simple HTML, in the manager's language. It names
 * reports and follow-up titles and links to the app, nothing more: an email leaves the
 * building, so no notes, insights, intentions or the manager's own plans for a follow-up.
 */
export async function renderDigest(digest: Digest, user: { name: string; locale: string; timeZone: string }, today: string): Promise<DigestEmail> {
  const { locale, t } = await translatorFor(user.locale, "reminderEmail");
  const day = (date: string) => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
  const time = (instant: Date) => new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone: user.timeZone }).format(instant);

  const sections: { title: string; items: string[] }[] = [
    {
      title: t("followUpsTitle"),
      items: [
        ...digest.followUps.map((row) =>
          t(row.overdue ? "followUpOverdue" : "followUpDue", { name: row.memberName, request: row.request, date: day(row.dueDate) }),
        ),
        ...digest.milestones.map((row) =>
          t(row.overdue ? "milestoneOverdue" : "milestoneDue", { name: row.memberName, title: row.title, date: day(row.dueDate) }),
        ),
      ],
    },
    {
      title: t("plansTitle"),
      items: digest.plans.map((row) => t("plan", { name: row.memberName, time: time(row.plannedFor) })),
    },
    {
      title: t("cadenceTitle"),
      items: digest.pastCadence.map((row) =>
        row.daysSince === null
          ? t("cadenceNever", { name: row.memberName })
          : t("cadence", { name: row.memberName, days: row.daysSince, cadence: row.cadenceDays }),
      ),
    },
  ].filter((section) => section.items.length > 0);

  const link = appUrl("/follow-ups");
  const settings = appUrl("/settings");
  const subject = t("subject", { date: day(today) });
  const text = [
    t("greeting", { name: user.name }),
    "",
    ...sections.flatMap((section) => [section.title, ...section.items.map((item) => `- ${item}`), ""]),
    t("open", { url: link }),
    "",
    t("footer", { url: settings }),
    "",
  ].join("\n");
  const html = [
    `<!doctype html><html lang="${locale}"><body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1f2937;">`,
    `<p>${escapeHtml(t("greeting", { name: user.name }))}</p>`,
    ...sections.map(
      (section) =>
        `<h2 style="font-size: 16px; margin: 16px 0 4px;">${escapeHtml(section.title)}</h2><ul>${section.items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`,
    ),
    `<p><a href="${escapeHtml(link)}">${escapeHtml(t("openLink"))}</a></p>`,
    `<p style="color: #6b7280; font-size: 12px;">${escapeHtml(t("footerHtml"))} <a href="${escapeHtml(settings)}">${escapeHtml(t("settingsLink"))}</a></p>`,
    "</body></html>",
  ].join("\n");
  return { subject, text, html };
}
