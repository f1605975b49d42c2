import { useTranslations } from "next-intl";
import type { DueStatus } from "@/lib/team/cadence";

/** When the next conversation with a report is due, in words. */
export function DueText({ status }: { status: DueStatus }) {
  const t = useTranslations("nextUp.status");
  switch (status.kind) {
    case "never":
      return t("never");
    case "today":
      return t("today");
    case "overdue":
      return t("overdue", { days: status.days });
    case "upcoming":
      return t("upcoming", { days: status.days });
  }
}
