import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ArchiveMemberButton } from "@/components/team/archive-member-button";
import { EditMemberForm } from "@/components/team/edit-member-form";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/guards";
import { getMemberForEdit } from "@/lib/members/update-member";

type Props = { params: Promise<{ memberId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("team"))("editTitle") };
}

export default async function EditMemberPage({ params }: Props) {
  const user = await requireUser();
  const member = await getMemberForEdit(user, (await params).memberId);
  if (!member) notFound();
  const [t, tPrivacy] = await Promise.all([getTranslations("team"), getTranslations("privacy")]);

  return (
    <ClientMessages namespaces={["cadence", "common", "errors", "team"]}>
      <div className="mx-auto max-w-2xl space-y-4">
        <Link href={`/team/${member.id}`} className="text-sm font-medium text-primary underline-offset-4 hover:underline">
          ← {member.name}
        </Link>
        <h1 className="text-2xl font-semibold">{t("editHeading", { name: member.name })}</h1>
        <EditMemberForm
          memberId={member.id}
          values={{
            name: member.name,
            jobTitle: member.jobTitle,
            team: member.team,
            startDate: member.startDate?.toISOString().slice(0, 10) ?? null,
            cadenceDays: member.cadenceDays,
          }}
        />
        <Card className="space-y-2">
          <h2 className="font-semibold">{member.archivedAt ? t("restoreTitle") : t("archiveTitle")}</h2>
          <p className="text-sm text-muted-foreground">{member.archivedAt ? t("restoreHelp") : t("archiveHelp")}</p>
          <ArchiveMemberButton memberId={member.id} archived={Boolean(member.archivedAt)} />
        </Card>
        <Card className="space-y-2">
          <h2 className="font-semibold">{tPrivacy("link")}</h2>
          <p className="text-sm text-muted-foreground">{tPrivacy("editPageHelp")}</p>
          <Link href={`/team/${member.id}/privacy`} className="inline-block text-sm font-medium text-primary underline underline-offset-4">
            {tPrivacy("title", { name: member.name })}
          </Link>
        </Card>
      </div>
    </ClientMessages>
  );
}
