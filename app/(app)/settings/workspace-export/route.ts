import { getCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors/app-error";
import { exportWorkspace } from "@/lib/privacy/export-workspace";

/** Downloads the workspace for its owner (JSON); anyone else gets the answer of a missing page. */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return notFound();
  try {
    const data = await exportWorkspace(user);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="innerview-workspace-${data.exportedAt.toISOString().slice(0, 10)}.json"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return notFound();
    throw error;
  }
}

function notFound() {
  return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
}
