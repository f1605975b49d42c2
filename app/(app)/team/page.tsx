import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getNow, getTimeZone, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AddMemberForm } from "@/components/team/add-member-form";
import { MemberCard } from "@/components/team/member-card";
import { NextConversations } from "@/components/team/next-conversations";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/guards";
import { loadTrustHistories } from "@/lib/conversations/load-trust-histories";
import { countArchivedMembers, listMembers } from "@/lib/members/list-members";
import { engineNow, todayIn } from "@/lib/team/cadence";
import { glanceAt } from "@/lib/team/glance";
import { DUE_LIST_MAX, DUE_PREVIEW_LENGTH, listDueMembers } from "@/lib/team/list-due-members";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("team"))("title") };
}

type Props = { searchParams: Promise<{ archived?: string; after?: string; due?: string }> };

export default async function TeamPage({ searchParams }: Props) {
  const user = await requireUser();
  const { archived: archivedParam, after, due: dueParam } = await searchParams;
  const archived = archivedParam === "1";
  // "Who to talk with next" leads the first page of the active team only.
  const showDue = !archived && !after;
  const allDue = dueParam === "all";
  const [now, locale, timeZone] = await Promise.all([getNow(), getLocale(), getTimeZone()]);
  const today = todayIn(timeZone, now);
  const [{ members, nextCursor }, archivedCount, due, t, tTrend] = await Promise.all([
    listMembers(user, { archived, cursor: after?.slice(0, 64) }),
    countArchivedMembers(user),
    showDue ? listDueMembers(user, { today, locale, limit: allDue ? DUE_LIST_MAX : DUE_PREVIEW_LENGTH }) : null,
    getTranslations("team"),
    getTranslations("trust.trend"),
  ]);
  // One batch for every report on the page: the due list and the cards below.
  const ids = [...new Set([...(due?.members ?? []).map((member) => member.id), ...members.map((member) => member.id)])];
  const glances = glanceAt(await loadTrustHistories(user, ids), ids, engineNow(today, now));

  return (
    <ClientMessages namespaces={["cadence", "errors", "team"]}>
      <div className="space-y-6">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h1 className="text-2xl font-semibold">{archived ? t("archivedTitle") : t("title")}</h1>
            {!archived && !after && <p className="text-muted-foreground">{t("count", { count: members.length })}</p>}
          </div>
          <div className="flex flex-wrap gap-2">
            <Button asChild variant="secondary" size="sm">
              <Link href="/team/import">{t("importCsv")}</Link>
            </Button>
            {(archived || archivedCount > 0) && (
              <Button asChild variant="ghost" size="sm">
                <Link href={archived ? "/team" : "/team?archived=1"}>{archived ? t("showActive") : t("showArchived", { count: archivedCount })}</Link>
              </Button>
            )}
          </div>
        </div>

        {due && members.length > 0 && (
          <NextConversations
            members={due.members.map((member) => ({ ...member, suggestedDepth: glances.get(member.id)?.suggestedDepth ?? "FACTUAL" }))}
            total={due.total}
            expanded={allDue}
            previewLength={DUE_PREVIEW_LENGTH}
          />
        )}

        {members.length === 0 ? (
          <Card className="space-y-2 bg-accent/40">
            <h2 className="text-lg font-semibold">{archived ? t("noArchived") : t("emptyTitle")}</h2>
            {!archived && <p className="max-w-prose text-muted-foreground">{t("emptyBody")}</p>}
          </Card>
        ) : (
          <>
            <p className="text-sm text-muted-foreground">{tTrend("privateNote")}</p>
            <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
              {members.map((member) => (
                <li key={member.id}>
                  <MemberCard member={member} glance={glances.get(member.id)} today={today} />
                </li>
              ))}
            </ul>
          </>
        )}
        {nextCursor && (
          <Button asChild variant="secondary">
            <Link href={`/team?${new URLSearchParams({ ...(archived ? { archived: "1" } : {}), after: nextCursor })}`}>{t("more")}</Link>
          </Button>
        )}

        {!archived && <AddMemberForm />}
      </div>
    </ClientMessages>
  );
}
