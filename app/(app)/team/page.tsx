import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AddMemberForm } from "@/components/team/add-member-form";
import { MemberCard } from "@/components/team/member-card";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/guards";
import { countArchivedMembers, listMembers } from "@/lib/members/list-members";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("team"))("title") };
}

type Props = { searchParams: Promise<{ archived?: string; after?: string }> };

export default async function TeamPage({ searchParams }: Props) {
  const user = await requireUser();
  const { archived: archivedParam, after } = await searchParams;
  const archived = archivedParam === "1";
  const [{ members, nextCursor }, archivedCount, t] = await Promise.all([
    listMembers(user, { archived, cursor: after?.slice(0, 64) }),
    countArchivedMembers(user),
    getTranslations("team"),
  ]);

  return (
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

      {members.length === 0 ? (
        <Card className="space-y-2 bg-accent/40">
          <h2 className="text-lg font-semibold">{archived ? t("noArchived") : t("emptyTitle")}</h2>
          {!archived && <p className="max-w-prose text-muted-foreground">{t("emptyBody")}</p>}
        </Card>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {members.map((member) => (
            <li key={member.id}>
              <MemberCard member={member} />
            </li>
          ))}
        </ul>
      )}
      {nextCursor && (
        <Button asChild variant="secondary">
          <Link href={`/team?${new URLSearchParams({ ...(archived ? { archived: "1" } : {}), after: nextCursor })}`}>{t("more")}</Link>
        </Button>
      )}

      {!archived && <AddMemberForm />}
    </div>
  );
}
