import { CalendarClock } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/members/actor";
import { getNextPlan } from "@/lib/plans/list-plans";

/** On the profile: the next planned conversation with this report, if any, linking to the plan page. */
export async function NextPlanNote({ actor, memberId }: { actor: Actor; memberId: string }) {
  const plan = await getNextPlan(actor, memberId);
  if (!plan?.plannedFor) return null;
  const t = await getTranslations("plan");
  return (
    <p className="flex items-center gap-2 text-sm">
      <CalendarClock aria-hidden="true" className="size-4 text-muted-foreground" />
      <Link href={`/team/${encodeURIComponent(memberId)}/plan`} className="font-medium text-primary underline-offset-4 hover:underline">
        {/* A calendar date stored at noon UTC: the same day in every time zone from UTC−11 to UTC+11. */}
        {t("nextPlanned", { date: plan.plannedFor })}
      </Link>
    </p>
  );
}
