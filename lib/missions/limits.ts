// The limits of the forms, without zod: client components import them from here, so the
// browser never downloads the schemas (about 30 kB gzip of zod; issue #7).
export const MAX_MISSION_LENGTH = 5_000;
