import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";

/** Narrows the follow-ups page to one report: a plain GET form, so it works before scripts load. */
export async function ReportFilter({ reports, memberId }: { reports: { id: string; name: string }[]; memberId: string | null }) {
  const t = await getTranslations("followUps");
  return (
    <form method="get" action="/follow-ups" className="flex flex-wrap items-end gap-2">
      <div className="min-w-0 flex-1 space-y-1.5 sm:max-w-xs">
        <label htmlFor="follow-up-filter" className="block text-sm font-medium">
          {t("filterLabel")}
        </label>
        <Select id="follow-up-filter" name="member" defaultValue={memberId ?? ""}>
          <option value="">{t("allReports")}</option>
          {reports.map((report) => (
            <option key={report.id} value={report.id}>
              {report.name}
            </option>
          ))}
        </Select>
      </div>
      <Button type="submit" variant="secondary">
        {t("filter")}
      </Button>
    </form>
  );
}
