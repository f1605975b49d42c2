// The limits of the forms, without zod: client components import them from here, so the
// browser never downloads the schemas (about 30 kB gzip of zod; issue #7).
export const MAX_REQUEST_LENGTH = 500;
export const MAX_ACTION_LENGTH = 1000;
export const MAX_MILESTONE_LENGTH = 200;
export const MAX_DROP_REASON_LENGTH = 1000;
export const MAX_MILESTONES = 10;
