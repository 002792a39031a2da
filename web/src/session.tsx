// Who is signed in, and the reference data every screen needs (units, categories), fetched once.

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, loadSession, ok, saveSession, setUnauthorizedHandler, type Session, type SessionUser } from './api/client';

export interface Unit {
  id: number;
  code: string;
  name: string;
  parentId: number | null;
  kind: string;
  active: boolean;
  /** A centre (中心/分中心/市级中心): its staff work the tickets of their centre and those below. */
  isCentre?: boolean;
}
export interface Category {
  id: number;
  code: string;
  name: string;
  parentId: number | null;
  level: number;
  leadUnitId: number | null;
}

interface SessionState {
  user: SessionUser | null;
  signIn: (username: string, password: string) => Promise<SessionUser>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionState>({ user: null, signIn: async () => Promise.reject(), signOut: async () => {} });

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(() => loadSession());
  useEffect(() => {
    setUnauthorizedHandler(() => {
      saveSession(null);
      setSession(null);
    });
  }, []);
  const signIn = useCallback(async (username: string, password: string) => {
    const s = await ok(api.POST('/api/v1/auth/login', { body: { username, password } }));
    saveSession(s as Session);
    setSession(s as Session);
    return (s as Session).user;
  }, []);
  const signOut = useCallback(async () => {
    await api.POST('/api/v1/auth/logout').catch(() => {});
    saveSession(null);
    setSession(null);
  }, []);
  const value = useMemo(() => ({ user: session?.user ?? null, signIn, signOut }), [session, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession() {
  return useContext(SessionContext);
}

/** The signed-in user; only for screens behind <RequireUser>. */
export function useUser(): SessionUser {
  const { user } = useSession();
  if (!user) throw new Error('not signed in');
  return user;
}

interface Reference {
  units: Unit[];
  categories: Category[];
  unitById: Map<number, Unit>;
  categoryById: Map<number, Category>;
  /** 区县 */
  districts: Unit[];
}

let cached: Promise<Reference> | null = null;

export function loadReference(): Promise<Reference> {
  cached ??= Promise.all([ok(api.GET('/api/v1/units')), ok(api.GET('/api/v1/categories'))]).then(([u, c]) => {
    const units: Unit[] = u.items;
    const categories: Category[] = c.items;
    return {
      units,
      categories,
      unitById: new Map(units.map((x) => [x.id, x])),
      categoryById: new Map(categories.map((x) => [x.id, x])),
      districts: units.filter((x) => x.kind === 'district'),
    };
  });
  cached.catch(() => (cached = null));
  return cached;
}

/** Forget cached units and categories (after an admin edits them). */
export function reloadReference(): void {
  cached = null;
}

export function useReference(): Reference | null {
  const [ref, setRef] = useState<Reference | null>(null);
  useEffect(() => {
    let live = true;
    loadReference().then((r) => live && setRef(r), () => {});
    return () => {
      live = false;
    };
  }, []);
  return ref;
}

/** A category's path, e.g. 城乡建设 / 物业管理. */
export function categoryPath(ref: Reference | null, id: number | null | undefined): string {
  if (!ref || id == null) return '—';
  const names: string[] = [];
  for (let c = ref.categoryById.get(id); c; c = c.parentId != null ? ref.categoryById.get(c.parentId) : undefined) names.unshift(c.name);
  return names.join(' / ') || '—';
}
