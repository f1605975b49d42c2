import type { ActionEntry, EntryPoint, RouteCall, RouteEntry } from "../entry-points";
import { MARK, type SecurityFixture } from "./fixture";
import { resetRequest } from "./next-request";
import { actAs, type CurrentUser } from "./session";

/** What came back from an entry point, in a form two answers can be compared in. */
export type Answer =
  | { kind: "action"; ok: boolean; result: unknown }
  | { kind: "route"; ok: boolean; status: number; contentType: string | null; body: string; headers: Record<string, string> };

export async function callAction(entry: ActionEntry, as: CurrentUser | null, input: unknown): Promise<Answer> {
  actAs(as);
  resetRequest();
  const action = await entry.load();
  const result = await action(input);
  return { kind: "action", ok: result.ok, result };
}

export async function callRoute(entry: RouteEntry, as: CurrentUser | null, call: RouteCall): Promise<Answer> {
  actAs(as);
  resetRequest();
  const handler = await entry.load();
  const response = await handler(new Request(new URL(call.url, "http://localhost:3000")), { params: Promise.resolve(call.params) });
  const body = await response.text();
  return {
    kind: "route",
    ok: response.ok,
    status: response.status,
    contentType: response.headers.get("content-type"),
    body,
    headers: Object.fromEntries(response.headers),
  };
}

export function callEntry(entry: EntryPoint, as: CurrentUser | null, input: unknown): Promise<Answer> {
  return entry.kind === "action" ? callAction(entry, as, input) : callRoute(entry, as, input as RouteCall);
}

/** Traces of the victim's data in an answer: marked texts and ids of their objects. */
export function victimTraces(answer: Answer, fixture: SecurityFixture): string[] {
  const text = JSON.stringify(answer);
  const traces = fixture.victimIds.filter((id) => text.includes(id));
  if (text.includes(MARK)) traces.push(`a text marked ${MARK}`);
  return traces;
}

/** Who must get nothing for an entry's rule, labelled for the failure message. */
export function outsidersFor(entry: EntryPoint, f: SecurityFixture): [string, CurrentUser | null][] {
  const { stranger, strangerOwner, colleague, owner } = f.people;
  const outsiders: [string, CurrentUser | null][] = [
    ["(a) nobody signed in", null],
    ["(b) a manager of another workspace", stranger],
    ["(b) the owner of another workspace", strangerOwner],
    ["(c) another manager of the same workspace", colleague],
  ];
  // The owner may archive any workspace question and manages invitations: for those, the owner is
  // the legitimate caller, not an outsider. For reports and notes, the owner is an outsider.
  if (entry.rule === "report-manager" || entry.rule === "note-author") outsiders.push(["(d) the workspace owner", owner]);
  return outsiders;
}

export function legitimateCaller(entry: EntryPoint, f: SecurityFixture): CurrentUser | null {
  return entry.legitimate ? entry.legitimate(f) : f.people.victim;
}
