// Stand-ins for what needs a Next request: no cache to revalidate, empty headers, a cookie jar
// per test, and navigation that throws errors carrying Next's digest, as the real ones do.
const jar = new Map<string, string>();

export function resetRequest(): void {
  jar.clear();
}

export const nextCache = {
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
};

export const nextHeaders = {
  headers: async () => new Headers(),
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    has: (name: string) => jar.has(name),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  }),
};

class NavigationError extends Error {
  constructor(readonly digest: string) {
    super(digest);
  }
}

export const nextNavigation = {
  redirect: (url: string): never => {
    throw new NavigationError(`NEXT_REDIRECT;replace;${url};307;`);
  },
  notFound: (): never => {
    throw new NavigationError("NEXT_HTTP_ERROR_FALLBACK;404");
  },
};
