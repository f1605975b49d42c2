import fc from "fast-check";

// Values nobody should send, and some will: wrong types, sizes and encodings, markup, SQL.
export const HOSTILE_STRINGS = [
  "",
  " ",
  "\t\n\r ",
  "\u0000",
  "a\u0000b",
  "\u0007\u001b[31mred\u001b[0m",
  "\u007f\u0085\u009b",
  "\uD800",
  "x\uDFFFy",
  "\u202Eevil\u202C",
  "\u200B\u200C\u200D\uFEFF",
  "e\u0301\u0301\u0301\u0301",
  "👩‍👩‍👧‍👦🏳️‍🌈🇯🇵",
  "日本語のテキスト、全角スペース　あり",
  "<img src=x onerror=alert(1)><script>alert(2)</script>",
  "'; DROP TABLE \"Insight\"; --",
  "\" OR 1=1 --",
  "%00%27%22",
  "../../etc/passwd",
  "${7*7}{{7*7}}<%= 7*7 %>",
  "{count, plural, one {#} other {#}}",
  "NaN",
  "-1",
  "1e309",
  "0x10",
  "2026-02-30",
  "9999-12-31",
  "0000-00-00",
  "true",
  "null",
  "__proto__",
  "constructor",
  "x".repeat(100_000),
  "あ".repeat(100_000),
];

export const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
);

export const wrongType = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, Number.MAX_SAFE_INTEGER + 2),
  fc.boolean(),
  fc.bigInt(),
  fc.date({ noInvalidDate: false }),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
  fc.constant([[[[]]]]),
  fc.constant({ toString: "not a function", valueOf: null }),
);

/** A hostile value for one field: a bad string, a wrong type, or the id of another tenant's row. */
export function hostileValue(otherTenantIds: string[]) {
  return fc.oneof(
    { weight: 4, arbitrary: hostileString },
    { weight: 3, arbitrary: wrongType },
    { weight: 1, arbitrary: fc.constantFrom(...otherTenantIds) },
    // A valid-looking value with something hostile around it.
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom("ok ", "2026-01-01", "FACTUAL"), fc.constantFrom("\u0000", "\uD800", "<script>", "'--")).map(([a, b]) => `${a}${b}`) },
  );
}

/** A whole input replaced by something that is not an object of fields. */
export const hostileWholeInput = fc.oneof(wrongType, hostileString);
