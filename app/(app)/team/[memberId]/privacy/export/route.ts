import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors/app-error";
import { exportReport } from "@/lib/privacy/export-report";
import { renderReportDocument } from "@/lib/privacy/report-document";

const querySchema = z.object({
  memberId: z.string().min(1).max(64),
  format: z.enum(["json", "text"]),
});

/** Downloads everything the signed-in manager holds about one of their reports. */
export async function GET(request: Request, { params }: { params: Promise<{ memberId: string }> }) {
  const query = querySchema.safeParse({ ...(await params), format: new URL(request.url).searchParams.get("format") ?? "json" });
  const user = await getCurrentUser();
  // Signed out, someone else's report or a made-up id: the same answer, which reveals nothing.
  if (!user || !query.success) return notFound();
  try {
    const data = await exportReport(user, query.data.memberId);
    const fileName = `innerview-${data.report.id}-${data.exportedAt.toISOString().slice(0, 10)}`;
    if (query.data.format === "json") {
      return download(JSON.stringify(data, null, 2), "application/json", `${fileName}.json`);
    }
    const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
    const text = renderReportDocument(data, {
      t: (key, values) => t(key, values),
      has: (key) => t.has(key),
      date: (value) => format.dateTime(value, { dateStyle: "long" }),
    });
    return download(text, "text/plain", `${fileName}.txt`);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return notFound();
    throw error;
  }
}

function download(body: string, type: string, fileName: string) {
  return new Response(body, {
    headers: {
      "Content-Type": `${type}; charset=utf-8`,
      "Content-Disposition": `attachment; filename="${fileName}"`,
      // Personal data: never kept by a browser or proxy cache.
      "Cache-Control": "no-store",
    },
  });
}

function notFound() {
  return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
}
