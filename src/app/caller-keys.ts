// Opaque keys for a caller (来电人画像的地址): the profile is addressed by a key, never by the phone
// number, so a URL in a browser's history, a proxy's log or a shared link says nothing about who
// called. The key is the number encrypted deterministically with a secret kept in the settings
// table (created on first use): the same caller always has the same key (a link stays valid),
// and a key that was not made here decrypts to nothing (its synthetic IV is an HMAC of the
// number, checked on the way back), so keys cannot be forged or walked.

import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import { normalizePhone } from '../domain/masking.js';
import type { DB } from '../store/schema.js';

const SETTING = 'caller_keys';

interface Secret {
  enc: Buffer;
  mac: Buffer;
}

const cache = new WeakMap<Kysely<DB>, Promise<Secret>>();

async function loadSecret(db: Kysely<DB>): Promise<Secret> {
  const fresh = JSON.stringify({ secret: crypto.randomBytes(32).toString('base64') });
  await db.insertInto('settings').values({ key: SETTING, value: fresh }).onConflict((oc) => oc.column('key').doNothing()).execute();
  const row = await db.selectFrom('settings').select('value').where('key', '=', SETTING).executeTakeFirstOrThrow();
  const master = Buffer.from((row.value as { secret: string }).secret, 'base64');
  const derive = (label: string) => crypto.createHmac('sha256', master).update(label).digest();
  return { enc: derive('caller-key:enc'), mac: derive('caller-key:mac') };
}

function secretOf(db: Kysely<DB>): Promise<Secret> {
  let s = cache.get(db);
  if (!s) {
    s = loadSecret(db);
    s.catch(() => cache.delete(db));
    cache.set(db, s);
  }
  return s;
}

/** The key of a phone number (normalised as stored: digits, no +86). */
export async function callerKey(db: Kysely<DB>, phone: string): Promise<string> {
  const s = await secretOf(db);
  const p = normalizePhone(phone);
  const iv = crypto.createHmac('sha256', s.mac).update(p).digest().subarray(0, 16);
  const c = crypto.createCipheriv('aes-256-cbc', s.enc, iv);
  return Buffer.concat([iv, c.update(p, 'utf8'), c.final()]).toString('base64url');
}

/** The phone number a key stands for, or null for anything that is not a key made here. */
export async function phoneOfKey(db: Kysely<DB>, key: string): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{43,86}$/.test(key)) return null;
  const raw = Buffer.from(key, 'base64url');
  if (raw.length < 32 || raw.length % 16 !== 0) return null;
  const s = await secretOf(db);
  const iv = raw.subarray(0, 16);
  let phone: string;
  try {
    const d = crypto.createDecipheriv('aes-256-cbc', s.enc, iv);
    phone = Buffer.concat([d.update(raw.subarray(16)), d.final()]).toString('utf8');
  } catch {
    return null;
  }
  const expected = crypto.createHmac('sha256', s.mac).update(phone).digest().subarray(0, 16);
  return crypto.timingSafeEqual(expected, iv) && /^\d{3,20}$/.test(phone) ? phone : null;
}
