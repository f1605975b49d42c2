// The limits of the forms, without zod: client components import them from here, so the
// browser never downloads the schemas (about 30 kB gzip of zod; issue #7).
export const SETTINGS = ["COFFEE", "LUNCH", "WALK", "ONLINE", "ONE_ON_ONE", "OTHER"] as const;
export const MAX_INSIGHTS = 30;
export const MAX_INSIGHT_LENGTH = 2_000;
export const MAX_TOPIC_LENGTH = 60;
export const MAX_INTENTION_LENGTH = 500;
export const MAX_DURATION_MINUTES = 600;
