// The limits of the forms, without zod: client components import them from here, so the
// browser never downloads the schemas (about 30 kB gzip of zod; issue #7).
export const MAX_QUESTION_LENGTH = 300;
export const MAX_HINT_LENGTH = 300;
export const MAX_QUESTION_TOPIC_LENGTH = 60;
