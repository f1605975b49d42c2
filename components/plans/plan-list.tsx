import { CalendarPlus, MessageSquarePlus } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { DepthBadge } from "@/components/insights/depth-badge";
import { CancelPlanButton } from "@/components/plans/cancel-plan-button";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { PlanSummary } from "@/lib/plans/list-plans";

type Props = { memberId: string; open: PlanSummary[]; past: PlanSummary[]; today: string };

/** The actor's plans with one report: what is coming, then what was done or cancelled. */
export function PlanList({ memberId, open, past, today }: Props) {
  const t = useTranslations("plan");
  return (
    <div className="space-y-6">
      <Card aria-labelledby="upcoming-heading" className="space-y-4">
        <h2 id="upcoming-heading" className="text-lg font-semibold">
          {t("upcomingTitle")}
        </h2>
        {open.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("noUpcoming")}</p>
        ) : (
          <ul className="space-y-4">
            {open.map((plan) => (
              <PlanItem key={plan.id} memberId={memberId} plan={plan} today={today} />
            ))}
          </ul>
        )}
        {open.length > 0 && <p className="text-xs text-muted-foreground">{t("downloadHint")}</p>}
      </Card>
      {past.length > 0 && (
        <Card aria-labelledby="past-heading" className="space-y-4">
          <h2 id="past-heading" className="text-lg font-semibold">
            {t("pastTitle")}
          </h2>
          <ul className="space-y-4">
            {past.map((plan) => (
              <PlanItem key={plan.id} memberId={memberId} plan={plan} today={today} />
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}

function PlanItem({ memberId, plan, today }: { memberId: string; plan: PlanSummary; today: string }) {
  const t = useTranslations("plan");
  const tSetting = useTranslations("setting");
  const format = useFormatter();
  const titleId = `plan-${plan.id}`;
  const base = `/team/${encodeURIComponent(memberId)}`;
  const date = plan.plannedFor?.toISOString().slice(0, 10) ?? null;
  const isOpen = plan.status === "PLANNED";

  return (
    <li className="space-y-2 border-t border-border pt-4 first:border-t-0 first:pt-0">
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={titleId} className="font-semibold">
          {/* A calendar date stored at noon UTC: read it in UTC so it never shifts a day. */}
          {plan.plannedFor ? format.dateTime(plan.plannedFor, { dateStyle: "medium", timeZone: "UTC" }) : "—"}
          {plan.setting && <span className="font-normal text-muted-foreground"> · {tSetting(plan.setting)}</span>}
        </h3>
        <DepthBadge depth={plan.depth} />
        {!isOpen && (
          <span className="rounded-full border border-border px-2 py-0.5 text-xs text-muted-foreground">
            {t("status", { status: plan.status })}
          </span>
        )}
      </div>
      <p className="text-sm">
        <span className="font-medium">{t("intention")}: </span>
        <span className="whitespace-pre-line break-words">{plan.intention}</span>
      </p>
      {plan.questions.length > 0 && (
        <ol className="list-decimal space-y-1 ps-5 text-sm">
          {plan.questions.map((question) => (
            <li key={question.id} lang={question.lang}>
              {question.text}
            </li>
          ))}
        </ol>
      )}
      {plan.agenda && <p className="whitespace-pre-line break-words text-sm text-muted-foreground">{plan.agenda}</p>}
      {isOpen && date !== null && date < today && <p className="text-sm font-medium text-danger">{t("overdue")}</p>}
      {isOpen && (
        <div className="flex flex-wrap gap-2">
          <Button asChild size="sm">
            <Link href={`${base}/log?plan=${encodeURIComponent(plan.id)}`} aria-describedby={titleId}>
              <MessageSquarePlus aria-hidden="true" className="size-4" />
              {t("logThis")}
            </Link>
          </Button>
          {plan.plannedFor && (
            <Button asChild variant="secondary" size="sm">
              <a href={`${base}/plan/${encodeURIComponent(plan.id)}/calendar`} download aria-describedby={titleId}>
                <CalendarPlus aria-hidden="true" className="size-4" />
                {t("download")}
              </a>
            </Button>
          )}
          <CancelPlanButton planId={plan.id} describedBy={titleId} />
        </div>
      )}
    </li>
  );
}
