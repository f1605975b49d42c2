/**
 * When a CSV row is "the same report" — as one the manager already has (active or archived), or
 * as an earlier row of the same file — so that importing a file twice adds nobody twice:
 *
 * 1. the emails match, compared case-insensitively; or
 * 2. when the row has no email, or the report it is compared with has none: the names match and
 *    the teams match, each NFKC-normalised (full-width and half-width forms are one), trimmed,
 *    with runs of spaces collapsed, compared case-insensitively; no team matches no team.
 *
 * Name and team together, because two people with the same name in different teams are two
 * people. Rule 2 also applies when only the existing report lacks an email: reports added by hand
 * have none, and a manager who later imports HR's file with emails expects them recognised.
 * Two rows with different emails are two people, even with the same name and team.
 */
export type ReportIdentity = { name: string; team: string | null; email: string | null };

function normalise(text: string | null): string {
  return (text ?? "").normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}

function nameAndTeamKey(identity: ReportIdentity): string {
  return `${normalise(identity.name)}\u0000${normalise(identity.team)}`;
}

/** Reports known so far, each with what it stands for (a saved report, or a row of the file). */
export class ReportIndex<T> {
  private readonly byEmail = new Map<string, T>();
  private readonly byNameAndTeam = new Map<string, { ref: T; hasEmail: boolean }[]>();

  add(identity: ReportIdentity, ref: T): void {
    const email = identity.email === null ? "" : normalise(identity.email);
    if (email !== "" && !this.byEmail.has(email)) this.byEmail.set(email, ref);
    const key = nameAndTeamKey(identity);
    const sameName = this.byNameAndTeam.get(key) ?? [];
    sameName.push({ ref, hasEmail: email !== "" });
    this.byNameAndTeam.set(key, sameName);
  }

  /** The first known report that `identity` is the same as, or undefined. */
  find(identity: ReportIdentity): T | undefined {
    const email = identity.email === null ? "" : normalise(identity.email);
    const sameName = this.byNameAndTeam.get(nameAndTeamKey(identity)) ?? [];
    if (email === "") return sameName[0]?.ref;
    return this.byEmail.get(email) ?? sameName.find((known) => !known.hasEmail)?.ref;
  }
}
