import Link from "next/link";
import { getFormatter, getNow, getTranslations } from "next-intl/server";
import { DepthBadge } from "@/components/insights/depth-badge";
import { DueText } from "@/components/team/due-text";
import { OpennessSparkline } from "@/components/team/openness-sparkline";
import { TrustTrend } from "@/components/trust/trust-trend";
import type { Depth } from "@/lib/generated/prisma/enums";
import { dueStatus } from "@/lib/team/cadence";
import type { Glance } from "@/lib/team/glance";

type Member = {
  id: string;
  name: string;
  jobTitle: string | null;
  team: string | null;
  cadenceDays: number;
  archivedAt: Date | null;
  lastConversationAt: Date | null;
  recentOpenness: number[];
  deepestDepth: Depth | null;
  openFollowUps: number;
};

/** One report on the team page: how the relationship stands, at a glance. */
export async function MemberCard({ member, glance, today }: { member: Member; glance: Glance | undefined; today: Date }) {
  const [t, tNext, tCadence, tTrend, format, now] = await Promise.all([
    getTranslations("team"),
    getTranslations("nextUp"),
    getTranslations("cadence"),
    getTranslations("trust.trend"),
    getFormatter(),
    getNow(),
  ]);
  return (
    <article className="flex h-full flex-col gap-3 rounded-xl border border-border bg-card p-4">
      <div>
        <h2 className="font-semibold">
          <Link href={`/team/${member.id}`} className="rounded underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-ring">
            {member.name}
          </Link>
        </h2>
        <p className="text-sm text-muted-foreground">{[member.jobTitle, member.team].filter(Boolean).join(" · ")}</p>
      </div>
      <dl className="grid grid-cols-2 gap-x-3 gap-y-2 text-sm">
        <dt className="text-muted-foreground">{t("lastConversation")}</dt>
        <dd>
          {member.lastConversationAt ? (
            <time dateTime={member.lastConversationAt.toISOString()}>
              {format.dateTime(member.lastConversationAt, { dateStyle: "medium" })}{" "}
              <span className="text-muted-foreground">({format.relativeTime(member.lastConversationAt, now)})</span>
            </time>
          ) : (
            t("never")
          )}
        </dd>
        {!member.archivedAt && (
          <>
            <dt className="text-muted-foreground">{tNext("nextConversation")}</dt>
            <dd>
              <DueText status={dueStatus(member.lastConversationAt, member.cadenceDays, today)} />
              <span className="block text-xs text-muted-foreground">{tCadence("every", { days: member.cadenceDays })}</span>
            </dd>
          </>
        )}
        {glance && !member.archivedAt && (
          <>
            <dt className="text-muted-foreground">{tNext("suggestedDepth")}</dt>
            <dd>
              <DepthBadge depth={glance.suggestedDepth} />
            </dd>
          </>
        )}
        <dt className="text-muted-foreground">{t("deepestDepth")}</dt>
        <dd>{member.deepestDepth ? <DepthBadge depth={member.deepestDepth} /> : t("nothingYet")}</dd>
        {glance && (
          <>
            <dt className="text-muted-foreground">{tTrend("label")}</dt>
            <dd>
              <TrustTrend trend={glance.trend} />
            </dd>
          </>
        )}
        <dt className="text-muted-foreground">{t("openness")}</dt>
        <dd>{member.recentOpenness.length ? <OpennessSparkline values={member.recentOpenness} /> : "—"}</dd>
        <dt className="text-muted-foreground">{t("openFollowUps")}</dt>
        <dd>{member.openFollowUps}</dd>
      </dl>
      {!member.archivedAt && (
        <Link
          href={`/team/${member.id}/log`}
          aria-label={t("logWith", { name: member.name })}
          className="mt-auto inline-flex min-h-11 items-center justify-center rounded-lg border border-border px-3 text-sm font-medium hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring"
        >
          {t("log")}
        </Link>
      )}
    </article>
  );
}
