// Turns the bytes of a chosen file into text, in the browser, before anything is sent.

const UTF16_LE_BOM = [0xff, 0xfe];
const UTF16_BE_BOM = [0xfe, 0xff];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function decode(bytes: Uint8Array, encoding: string): string | null {
  try {
    // `fatal` makes a wrong guess throw instead of filling the text with replacement characters.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The file's text, or null when it is not text we can read. UTF-8 (with or without BOM) is the
 * format we ask for; UTF-16 with a BOM is Excel's "Unicode text"; Shift_JIS is what Excel in
 * Japan writes for plain "CSV", so a manager there should not have to know the difference. The
 * preview shows every name before anything is imported, so a wrong guess is seen, never saved.
 */
export function decodeCsvBytes(bytes: Uint8Array): string | null {
  if (startsWith(bytes, UTF16_LE_BOM)) return decode(bytes, "utf-16le");
  if (startsWith(bytes, UTF16_BE_BOM)) return decode(bytes, "utf-16be");
  return decode(bytes, "utf-8") ?? decode(bytes, "shift_jis");
}
