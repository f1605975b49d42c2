import Papa from "papaparse";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/lib/members/csv-import-limits";
import {
  checkRow,
  IMPORT_FIELDS,
  type ImportField,
  type RowCheck,
  type RowValues,
} from "@/lib/members/parse-members-csv-row";

// Pure: no database, no framework. The server parses every file twice (preview, then confirm)
// and never trusts what the browser says it previewed.

/** A problem with the whole file: nothing in it can be previewed. */
export type CsvProblem =
  | { code: "empty" | "noRows" | "notText" | "missingNameColumn" }
  | { code: "tooLarge"; maxBytes: number }
  | { code: "tooManyRows"; count: number; max: number }
  | { code: "unclosedQuote"; row: number };

/** One data row; `row` is its number as a spreadsheet shows it (the header row is 1). */
export type ParsedRow = { row: number; values: RowValues } & RowCheck;

export type ParsedMembersCsv =
  | { ok: true; rows: ParsedRow[]; ignoredColumns: string[] }
  | { ok: false; problem: CsvProblem };

/** The column names we recognise, compared as `headerKey` writes them. */
export const HEADER_ALIASES: Record<ImportField, string[]> = {
  name: ["name", "full name", "氏名", "名前", "お名前"],
  jobTitle: ["job title", "position", "役職", "職位", "肩書き"],
  team: ["team", "department", "チーム", "部署", "所属"],
  startDate: ["start date", "入社日", "入社年月日"],
  email: ["email", "e-mail", "email address", "メール", "メールアドレス", "eメール"],
};

/** "Start Date", "start_date", "ＳｔａｒｔＤａｔｅ" and "startdate" are one header. */
function headerKey(label: string): string {
  return label.normalize("NFKC").toLowerCase().replace(/[\s_\-・]/g, "");
}

const FIELD_BY_HEADER = new Map(
  IMPORT_FIELDS.flatMap((field) => HEADER_ALIASES[field].map((alias) => [headerKey(alias), field] as const)),
);

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === "");
}

/** Which column holds which field (the first one wins), and the columns that mean nothing to us. */
function readHeader(cells: string[]) {
  const columns = new Map<ImportField, number>();
  const ignoredColumns: string[] = [];
  cells.forEach((cell, index) => {
    const field = FIELD_BY_HEADER.get(headerKey(cell));
    if (field && !columns.has(field)) columns.set(field, index);
    else if (cell.trim() !== "") ignoredColumns.push(cell.trim());
  });
  return { columns, ignoredColumns };
}

function valuesOf(cells: string[], columns: Map<ImportField, number>): RowValues {
  const cell = (field: ImportField) => {
    const index = columns.get(field);
    return index === undefined ? "" : (cells[index] ?? "").trim();
  };
  return { name: cell("name"), jobTitle: cell("jobTitle"), team: cell("team"), startDate: cell("startDate"), email: cell("email") };
}

/**
 * Reads a members CSV: a header row in English or Japanese, then one report per row. Commas,
 * tabs (text pasted from a spreadsheet) and semicolons are recognised; a leading BOM is dropped.
 */
export function parseMembersCsv(input: string): ParsedMembersCsv {
  if (byteLength(input) > MAX_IMPORT_BYTES) return { ok: false, problem: { code: "tooLarge", maxBytes: MAX_IMPORT_BYTES } };
  const text = input.replace(/^\uFEFF/, "");
  // NUL bytes mean a binary file, or UTF-16 read as UTF-8; Postgres could not store them anyway.
  if (text.includes("\u0000")) return { ok: false, problem: { code: "notText" } };
  if (text.trim() === "") return { ok: false, problem: { code: "empty" } };

  // Papaparse guesses the delimiter badly around blank lines, and we must keep those to number
  // rows right: guess on the first non-blank lines, then parse everything with that delimiter.
  const { delimiter } = Papa.parse<string[]>(text, { skipEmptyLines: "greedy", preview: 10 }).meta;
  const { data, errors } = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const quoteError = errors.find((error) => error.type === "Quotes");
  if (quoteError) return { ok: false, problem: { code: "unclosedQuote", row: (quoteError.row ?? 0) + 1 } };

  // Number rows before dropping blank ones, so "row 3" is row 3 in the manager's spreadsheet.
  const records = data.map((cells, index) => ({ row: index + 1, cells })).filter(({ cells }) => !isBlank(cells));
  const [header, ...body] = records;
  if (!header) return { ok: false, problem: { code: "empty" } };
  const { columns, ignoredColumns } = readHeader(header.cells);
  if (!columns.has("name")) return { ok: false, problem: { code: "missingNameColumn" } };
  if (body.length === 0) return { ok: false, problem: { code: "noRows" } };
  if (body.length > MAX_IMPORT_ROWS) {
    return { ok: false, problem: { code: "tooManyRows", count: body.length, max: MAX_IMPORT_ROWS } };
  }

  const rows = body.map(({ row, cells }) => {
    const values = valuesOf(cells, columns);
    return { row, values, ...checkRow(values) };
  });
  return { ok: true, rows, ignoredColumns };
}
