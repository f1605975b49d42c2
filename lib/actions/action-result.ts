import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { isDatabaseUnavailable } from "@/lib/errors/database-errors";
import { CONTROL_CHARACTERS_MESSAGE, pathsWithControlCharacters } from "@/lib/validation/schemas";

export type FieldErrors = Record<string, string[]>;

/** What every server action returns: its data, or every error translated for the form. */
export type ActionResult<T = null> =
  | { ok: true; data: T }
  | { ok: false; fieldErrors: FieldErrors; formError: string | null };

type Translate = Awaited<ReturnType<typeof getTranslations<"errors">>>;

/** Form posts arrive as FormData; programmatic calls as plain objects. */
function toInput(input: unknown): unknown {
  return input instanceof FormData ? Object.fromEntries(input) : input;
}

function translateIssue(t: Translate, issue: z.core.$ZodIssue): string {
  const key = t.has(issue.message) ? issue.message : "invalid";
  const limits = issue as { minimum?: unknown; maximum?: unknown };
  return t(key, { min: String(limits.minimum ?? ""), max: String(limits.maximum ?? "") });
}

export function zodFieldErrors(t: Translate, error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "form";
    (fieldErrors[field] ??= []).push(translateIssue(t, issue));
  }
  return fieldErrors;
}

/**
 * The shape of every action: parse the input with `schema`, then run `handler` (which
 * authorizes and calls the data layer). Expected failures become translated messages;
 * anything else is logged without the input (it may hold passwords or notes).
 */
export async function runAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  handler: (data: z.output<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  const t = await getTranslations("errors");
  const data = toInput(input);
  // Before any schema: Postgres cannot store NUL, and ids reach queries unchanged (issue #6).
  const unprintable = pathsWithControlCharacters(data);
  if (unprintable.length > 0) {
    const message = t(CONTROL_CHARACTERS_MESSAGE);
    return { ok: false, fieldErrors: Object.fromEntries(unprintable.map((field) => [field, [message]])), formError: null };
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    return { ok: false, fieldErrors: zodFieldErrors(t, parsed.error), formError: null };
  }
  try {
    return { ok: true, data: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof AppError) {
      const message = t(error.messageKey ?? error.code);
      return error.field
        ? { ok: false, fieldErrors: { [error.field]: [message] }, formError: null }
        : { ok: false, fieldErrors: {}, formError: message };
    }
    if (isDatabaseUnavailable(error)) {
      return { ok: false, fieldErrors: {}, formError: t("DATABASE_UNAVAILABLE") };
    }
    // Framework control flow (redirect, notFound) must pass through.
    if (error instanceof Error && "digest" in error) throw error;
    console.error("Server action failed:", error instanceof Error ? error.name : typeof error);
    return { ok: false, fieldErrors: {}, formError: t("unexpected") };
  }
}
