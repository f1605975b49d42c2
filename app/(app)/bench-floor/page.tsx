import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Bench floor", robots: { index: false } };

/**
 * The framework floor of `npm run bench` (issue #7): a dynamic page of the signed-in app, with
 * the same layout and session check as every other page and nothing else. A page's time minus
 * this one's is what its own data and rendering cost. It shows nothing and reads nothing but
 * the signed-in user, so keeping it in production builds reveals nothing.
 */
export default async function BenchFloorPage() {
  await requireUser();
  return null;
}
