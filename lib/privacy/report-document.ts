import type { ReportExport } from "@/lib/privacy/export-report";

/** What the document needs of next-intl: texts and the manager's date format. */
export type DocumentLanguage = {
  t: (key: string, values?: Record<string, string | number>) => string;
  has: (key: string) => boolean;
  date: (value: Date) => string;
};

/**
 * The export as a plain-text document a person can read and keep. Plain text on purpose: notes
 * that contain markup stay text, whatever program opens the file.
 */
export function renderReportDocument(data: ReportExport, { t, has, date }: DocumentLanguage): string {
  const lines: string[] = [];
  const heading = (text: string) => lines.push("", text, "=".repeat(Math.min(text.length * 2, 60)));
  const field = (label: string, value: string | null | undefined) => value && lines.push(`${label}: ${value}`);
  const topic = (key: string) => (has(`topics.${key}`) ? t(`topics.${key}`) : key);
  const deleted = (at: Date | null) => (at ? ` (${t("privacy.document.deletedOn", { date: date(at) })})` : "");

  lines.push(t("privacy.document.title", { name: data.report.name }), t("privacy.document.exportedOn", { date: date(data.exportedAt) }));

  heading(t("privacy.document.report"));
  field(t("privacy.document.name"), data.report.name);
  field(t("privacy.document.jobTitle"), data.report.jobTitle);
  field(t("privacy.document.team"), data.report.team);
  field(t("privacy.document.email"), data.report.email);
  field(t("privacy.document.startDate"), data.report.startDate && date(data.report.startDate));
  field(t("privacy.document.languages"), data.report.languages.join(", "));

  heading(t("privacy.document.mission"));
  if (data.personalMissionVersions.length === 0) lines.push(t("privacy.document.none"));
  for (const mission of [...data.personalMissionVersions].reverse()) {
    lines.push("", t("privacy.document.missionVersion", { version: mission.version, date: date(mission.createdAt) }), mission.text);
  }

  heading(t("privacy.document.conversations", { count: data.conversations.length }));
  for (const conversation of data.conversations) {
    lines.push(
      "",
      [
        date(conversation.occurredAt),
        t(`setting.${conversation.setting}`),
        conversation.durationMinutes ? t("privacy.document.minutes", { minutes: conversation.durationMinutes }) : null,
        t("privacy.document.openness", { openness: conversation.openness }),
        conversation.volunteered ? t("privacy.document.volunteered") : null,
        conversation.pulledBackAt ? t("privacy.document.pulledBack", { depth: t(`depth.${conversation.pulledBackAt}`) }) : null,
      ]
        .filter(Boolean)
        .join(" · ") + deleted(conversation.deletedAt),
    );
    if (conversation.intention) lines.push(`  ${t("privacy.document.intention")}: ${conversation.intention}`);
    for (const insight of conversation.insights) {
      lines.push(`  - [${t(`depth.${insight.depth}`)} · ${topic(insight.topic)}] ${insight.text}${deleted(insight.deletedAt)}`);
    }
  }
  for (const insight of data.insightsWithoutConversation) {
    lines.push(`- [${t(`depth.${insight.depth}`)} · ${topic(insight.topic)}] ${insight.text}${deleted(insight.deletedAt)}`);
  }

  heading(t("privacy.document.followUps", { count: data.followUps.length }));
  for (const followUp of data.followUps) {
    const due = followUp.dueDate ? ` · ${t("privacy.document.due", { date: date(followUp.dueDate) })}` : "";
    lines.push("", `- ${followUp.request} (${t(`privacy.status.${followUp.status}`)}${due})`);
    if (followUp.action) lines.push(`  ${t("privacy.document.myAction")}: ${followUp.action}`);
    if (followUp.dropReason) lines.push(`  ${t("privacy.document.dropReason")}: ${followUp.dropReason}`);
    for (const milestone of followUp.milestones) {
      const when = milestone.dueDate ? ` · ${date(milestone.dueDate)}` : "";
      lines.push(`  ${milestone.doneAt ? "[x]" : "[ ]"} ${milestone.title}${when}`);
    }
  }

  heading(t("privacy.document.plans", { count: data.plans.length }));
  for (const plan of data.plans) {
    const when = plan.plannedFor ? date(plan.plannedFor) : t("privacy.document.noDate");
    lines.push("", `- ${when} · ${t(`depth.${plan.depth}`)} · ${t(`privacy.planStatus.${plan.status}`)}`);
    lines.push(`  ${t("privacy.document.intention")}: ${plan.intention}`);
    if (plan.agenda) lines.push(`  ${t("privacy.document.agenda")}: ${plan.agenda}`);
  }
  return `${lines.join("\n").trim()}\n`;
}
