/**
 * The one error type the data layer throws on purpose. Each code maps to one HTTP status and
 * one translated message (`errors.<code>`), in one place: `lib/actions/action-result.ts`.
 */
export const APP_ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_INPUT: 422,
  TOO_MANY_ATTEMPTS: 429,
  DATABASE_UNAVAILABLE: 503,
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    /** A field the error belongs to, when the user can fix it there. */
    readonly field?: string,
    /** A translation key under `errors.` more specific than the code's own. */
    readonly messageKey?: string,
  ) {
    super(code);
    this.name = "AppError";
  }

  get status(): number {
    return APP_ERROR_STATUS[this.code];
  }
}
