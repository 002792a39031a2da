// The benches' HTTP client: undici's Pool with keep-alive (fetch() would cost the shared CPU
// more than the server under test).

import { Pool } from 'undici';

export function client(base: string, connections: number) {
  const pool = new Pool(base, { connections });
  return {
    async post(url: string, body: unknown, headers: Record<string, string> = {}) {
      const res = await pool.request({ method: 'POST', path: url, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
      return { status: res.statusCode, body: (await res.body.json()) as Record<string, unknown> };
    },
    async get(url: string, headers: Record<string, string> = {}) {
      const res = await pool.request({ method: 'GET', path: url, headers });
      return { status: res.statusCode, body: (await res.body.json()) as Record<string, unknown> };
    },
    close: () => pool.close(),
  };
}
export type Client = ReturnType<typeof client>;

export async function login(http: Client, username: string, password: string): Promise<string> {
  const res = await http.post('/api/v1/auth/login', { username, password });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
  return res.body.token as string;
}
