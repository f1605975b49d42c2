import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { Card } from "@/components/ui/card";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { requireUser } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors/app-error";

type Props = { searchParams: Promise<{ before?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

const beforeSchema = z.coerce.date().optional().catch(undefined);

/** The workspace's audit trail, for its owner: who did what, never any note text. */
export default async function AuditPage({ searchParams }: Props) {
  const user = await requireUser();
  const before = beforeSchema.parse((await searchParams).before);
  const page = await listAuditEvents(user, before).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [t, format] = await Promise.all([getTranslations("audit"), getFormatter()]);
  const last = page.events.at(-1);

  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-muted-foreground">{t("lead")}</p>
      <Card className="p-0">
        {page.events.length === 0 ? (
          <p className="p-4 text-sm text-muted-foreground">{t("empty")}</p>
        ) : (
          <ol className="divide-y divide-border">
            {page.events.map((event) => (
              <li key={event.id} className="grid gap-1 p-4 text-sm sm:grid-cols-[12rem_1fr]">
                <time dateTime={event.createdAt.toISOString()} className="text-muted-foreground">
                  {format.dateTime(event.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </time>
                <span>
                  <span className="font-medium">{event.actor?.name ?? t("unknownActor")}</span>
                  {event.actor && <span className="text-muted-foreground"> · {event.actor.email}</span>}
                  <span className="block">{t(`action.${event.action}`)}</span>
                </span>
              </li>
            ))}
          </ol>
        )}
      </Card>
      {page.hasMore && last && (
        <Link
          href={`/audit?before=${encodeURIComponent(last.createdAt.toISOString())}`}
          className="inline-block text-sm font-medium text-primary underline underline-offset-4"
        >
          {t("older")}
        </Link>
      )}
    </div>
  );
}
