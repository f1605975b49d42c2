import { History } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { MissionEditor } from "@/components/profile/mission-editor";
import { profileHref, type ProfileView } from "@/components/profile/profile-view";
import { Card } from "@/components/ui/card";
import type { Mission } from "@/lib/missions/get-mission";

const link = "rounded font-medium text-primary underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-ring";

/** The report's personal mission in their own terms: the current version, its history, and a way to revise it. */
export async function MissionSection({ memberId, view, mission }: { memberId: string; view: ProfileView; mission: Mission }) {
  const [t, format] = await Promise.all([getTranslations("mission"), getFormatter()]);
  const { current, history, viewed } = mission;
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium" });

  return (
    <Card id="mission" aria-labelledby="mission-title" className="scroll-mt-4 space-y-4">
      <div>
        <h2 id="mission-title" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <p className="text-sm text-muted-foreground">{t("lead")}</p>
      </div>
      {current ? (
        <div className="space-y-1">
          <p className="text-xs text-muted-foreground">{t("version", { version: current.version, date: date(current.createdAt) })}</p>
          <p className="break-words whitespace-pre-line">{current.text}</p>
        </div>
      ) : (
        <p className="text-sm text-muted-foreground">{t("empty")}</p>
      )}
      <MissionEditor memberId={memberId} current={current && { version: current.version, text: current.text }} />
      {history.length > 0 && (
        <details open={viewed !== null} className="border-t border-border pt-3 text-sm">
          <summary className="inline-flex cursor-pointer items-center gap-1.5 rounded font-medium focus-visible:outline-2 focus-visible:outline-ring">
            <History aria-hidden="true" className="size-4" />
            {t("history")} ({t("historyCount", { count: history.length })})
          </summary>
          <ol className="mt-2 space-y-1">
            {history.map((entry) => (
              <li key={entry.version} className="flex flex-wrap items-baseline gap-x-2">
                <span>{t("version", { version: entry.version, date: date(entry.createdAt) })}</span>
                {entry.version === current?.version ? (
                  <span className="text-xs text-muted-foreground">({t("current")})</span>
                ) : (
                  <Link href={profileHref(memberId, view, { mission: entry.version }, "mission")} className={link}>
                    {t("read", { version: entry.version })}
                  </Link>
                )}
              </li>
            ))}
          </ol>
          {viewed && (
            <section aria-labelledby="mission-viewed-title" className="mt-3 space-y-2 rounded-lg bg-muted p-3">
              <h3 id="mission-viewed-title" className="font-medium">
                {t("viewing", { version: viewed.version, date: date(viewed.createdAt) })}
              </h3>
              <p className="break-words whitespace-pre-line">{viewed.text}</p>
              <Link href={profileHref(memberId, view, { mission: null }, "mission")} className={link}>
                {t("backToCurrent")}
              </Link>
            </section>
          )}
        </details>
      )}
    </Card>
  );
}
