// The limits of the forms, without zod: client components import them from here, so the
// browser never downloads the schemas (about 30 kB gzip of zod; issue #7).
export const MAX_PLAN_INTENTION_LENGTH = 500;
export const MAX_AGENDA_LENGTH = 1_000;
export const MAX_PLAN_QUESTIONS = 6;
