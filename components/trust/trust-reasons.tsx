import { useTranslations } from "next-intl";
import type { Reason } from "@/lib/trust/suggest";

// Engine reason values are plain: calendar dates as ISO yyyy-mm-dd, which the messages format.
// Noon UTC keeps the same calendar day in every time zone a manager can be in.
export function reasonMessageValues(values: Reason["values"]): Record<string, string | number | Date> {
  const result: Record<string, string | number | Date> = {};
  for (const [name, value] of Object.entries(values ?? {})) {
    result[name] = name === "date" && typeof value === "string" ? new Date(`${value}T12:00:00Z`) : value;
  }
  return result;
}

/** One reason of a depth suggestion, in the manager's language. */
export function TrustReasonText({ reason }: { reason: Reason }) {
  const t = useTranslations();
  return <>{t(reason.key, reasonMessageValues(reason.values))}</>;
}

/** Why the engine suggests its depth, most important first. */
export function TrustReasons({ reasons, className }: { reasons: readonly Reason[]; className?: string }) {
  return (
    <ul className={className ?? "list-disc space-y-1 ps-5 text-sm"}>
      {reasons.map((reason) => (
        <li key={reason.key}>
          <TrustReasonText reason={reason} />
        </li>
      ))}
    </ul>
  );
}
