/**
 * How long someone has been with the company, in whole years once past the first year and in
 * whole months before that. `startDate` is a calendar date (stored as midnight UTC).
 */
export function tenureOf(startDate: Date, now: Date): { years: number; months: number } {
  let months =
    (now.getUTCFullYear() - startDate.getUTCFullYear()) * 12 + (now.getUTCMonth() - startDate.getUTCMonth());
  if (now.getUTCDate() < startDate.getUTCDate()) months -= 1;
  months = Math.max(0, months);
  return months >= 12 ? { years: Math.floor(months / 12), months: 0 } : { years: 0, months };
}
