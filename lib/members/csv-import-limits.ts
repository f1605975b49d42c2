// Shared by the parser and the browser, which refuses a file that is too large before sending it:
// a server action accepts at most 1 MiB, and a larger body would fail as if the network had.

export const MAX_IMPORT_ROWS = 500;
/** 1 MB in decimal bytes: under the 1 MiB a server action accepts, with room for the envelope. */
export const MAX_IMPORT_BYTES = 1_000_000;
