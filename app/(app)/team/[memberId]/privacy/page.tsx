import { Download } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { EraseReportForm } from "@/components/privacy/erase-report-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/guards";
import { getMemberName } from "@/lib/members/get-member-name";

type Props = { params: Promise<{ memberId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("privacy"))("link") };
}

export default async function ReportPrivacyPage({ params }: Props) {
  const user = await requireUser();
  const member = await getMemberName(user, (await params).memberId);
  if (!member) notFound();
  const t = await getTranslations("privacy");
  const exportUrl = `/team/${encodeURIComponent(member.id)}/privacy/export`;

  return (
    <ClientMessages namespaces={["errors", "privacy"]}>
      <div className="mx-auto max-w-2xl space-y-4">
        <Link href={`/team/${member.id}`} className="text-sm font-medium text-primary underline-offset-4 hover:underline">
          ← {member.name}
        </Link>
        <h1 className="text-2xl font-semibold">{t("title", { name: member.name })}</h1>
        <p className="text-muted-foreground">{t("lead", { name: member.name })}</p>
        <Card className="space-y-3">
          <h2 className="font-semibold">{t("exportTitle")}</h2>
          <p className="text-sm text-muted-foreground">{t("exportBody", { name: member.name })}</p>
          <div className="flex flex-wrap gap-2">
            <Button asChild variant="secondary">
              <a href={`${exportUrl}?format=text`} download>
                <Download aria-hidden className="size-4" />
                {t("exportDocument")}
              </a>
            </Button>
            <Button asChild variant="secondary">
              <a href={`${exportUrl}?format=json`} download>
                <Download aria-hidden className="size-4" />
                {t("exportJson")}
              </a>
            </Button>
          </div>
        </Card>
        <Card className="space-y-3 border-danger/40">
          <h2 className="font-semibold text-danger">{t("eraseTitle")}</h2>
          <p className="text-sm text-muted-foreground">{t("eraseBody", { name: member.name })}</p>
          <EraseReportForm memberId={member.id} name={member.name} />
        </Card>
      </div>
    </ClientMessages>
  );
}
