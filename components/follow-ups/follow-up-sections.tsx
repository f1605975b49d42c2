import { getTranslations } from "next-intl/server";
import { FollowUpCard } from "@/components/follow-ups/follow-up-card";
import { Card } from "@/components/ui/card";
import type { FollowUpSections as Sections } from "@/lib/follow-ups/list-follow-ups";

const ORDER = ["overdue", "thisWeek", "later", "done"] as const;

/** The follow-ups page's four sections, each with its own heading, in the order they are urgent. */
export async function FollowUpSections({ sections, today, showMember }: { sections: Sections; today: string; showMember: boolean }) {
  const t = await getTranslations("followUps");
  return (
    <div className="space-y-6">
      {ORDER.map((key) => {
        const followUps = sections[key];
        return (
          <Card key={key} aria-labelledby={`section-${key}`} className="space-y-3">
            <h2 className="flex items-baseline gap-2 text-lg font-semibold">
              <span id={`section-${key}`} className={key === "overdue" && followUps.length > 0 ? "text-danger" : undefined}>
                {t(`sections.${key}`)}
              </span>
              <span className="text-sm font-normal text-muted-foreground">{followUps.length}</span>
            </h2>
            {followUps.length === 0 ? (
              <p className="text-sm text-muted-foreground">{t(`sectionEmpty.${key}`)}</p>
            ) : (
              <div className="divide-y divide-border">
                {followUps.map((followUp) => (
                  <FollowUpCard key={followUp.id} followUp={followUp} today={today} showMember={showMember} />
                ))}
              </div>
            )}
          </Card>
        );
      })}
    </div>
  );
}
