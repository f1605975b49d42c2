import { getFormatter, getTranslations } from "next-intl/server";
import type { FailedDelivery } from "@/lib/reminders/preferences";

/** For the workspace owner: reminder emails that could not be sent, and whether another try comes. */
export async function FailedDeliveries({ deliveries }: { deliveries: FailedDelivery[] }) {
  if (deliveries.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations("reminders"), getFormatter()]);
  return (
    <div className="space-y-2 rounded-lg border border-border p-3">
      <h3 className="font-semibold">{t("failedTitle")}</h3>
      <p className="text-sm text-muted-foreground">{t("failedHelp")}</p>
      <ul className="divide-y divide-border text-sm">
        {deliveries.map((delivery) => (
          <li key={delivery.id} className="space-y-0.5 py-2">
            <p className="break-words">
              {t("failedRow", {
                name: delivery.user.name,
                date: format.dateTime(new Date(`${delivery.localDate}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }),
                attempts: delivery.attempts,
                error: delivery.lastError ?? "—",
              })}
            </p>
            <p className="text-muted-foreground">
              {delivery.nextAttemptAt ? t("nextTry", { time: format.dateTime(delivery.nextAttemptAt, { dateStyle: "medium", timeStyle: "short" }) }) : t("gaveUp")}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
