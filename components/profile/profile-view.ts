import { z } from "zod";
import type { Depth } from "@/lib/generated/prisma/enums";
import { DEPTHS } from "@/lib/insights/topics";

/** What the profile's URL asks to see: the timeline page, the one depth shown in full, an older mission version. */
export type ProfileView = { page: number; all: Depth | null; mission: number | null };

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

// A hand-edited or outdated URL shows the default view rather than an error.
const profileViewSchema = z.object({
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000)).catch(1),
  all: z.preprocess(first, z.enum(DEPTHS).nullable().default(null)).catch(null),
  mission: z.preprocess(first, z.coerce.number().int().min(1).max(100_000).nullable().default(null)).catch(null),
});

export function parseProfileView(searchParams: SearchParams): ProfileView {
  return profileViewSchema.parse(searchParams);
}

/** The profile's URL with `change` applied to `view`, scrolled to `section`. */
export function profileHref(memberId: string, view: ProfileView, change: Partial<ProfileView>, section?: string): string {
  const next = { ...view, ...change };
  const params = new URLSearchParams();
  if (next.page > 1) params.set("page", String(next.page));
  if (next.all) params.set("all", next.all);
  if (next.mission) params.set("mission", String(next.mission));
  const query = params.toString();
  return `/team/${encodeURIComponent(memberId)}${query ? `?${query}` : ""}${section ? `#${section}` : ""}`;
}
