/** Shared by the server's schema and the form's hint, without pulling zod into the browser. */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;
