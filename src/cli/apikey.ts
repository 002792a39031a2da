// `hotline apikey add|list|revoke` — API keys for Open311 clients.

import { parseArgs } from 'node:util';
import { prepare } from '../cli.js';
import { createApiKey, DEFAULT_PER_MINUTE, findApiKey, listApiKeys, revokeApiKey, validName, validPerMinute } from '../store/apikeys.js';

const USAGE = `用法 / usage:
  hotline apikey add --name NAME [--limit PER_MINUTE] [--data DIR]   新建密钥（密钥只在最后一行显示一次）
  hotline apikey list [--data DIR]                                    列出密钥（不显示密钥本身）
  hotline apikey revoke ID [--data DIR]                               吊销密钥`;

export async function apikeyCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { name: { type: 'string' }, limit: { type: 'string' }, data: { type: 'string' } },
    });
  } catch (err) {
    console.error((err as Error).message);
    console.error(USAGE);
    return 2;
  }
  const { values, positionals } = parsed;
  switch (sub) {
    case 'add': {
      const name = values.name ?? '';
      const perMinute = values.limit === undefined ? DEFAULT_PER_MINUTE : Number(values.limit);
      const problem = validName(name) ?? (values.limit !== undefined && !/^\d+$/.test(values.limit) ? '--limit 应为正整数' : validPerMinute(perMinute));
      if (problem || positionals.length) {
        console.error(problem ?? USAGE);
        return 2;
      }
      const { database } = await prepare(values.data);
      try {
        const { key, info } = await createApiKey(database.db, { name, perMinute });
        console.log(`已创建接口密钥 #${info.id}「${info.name}」，每分钟最多 ${info.perMinute} 次请求。密钥只显示这一次，请妥善保存：`);
        console.log(key);
        return 0;
      } finally {
        await database.close();
      }
    }
    case 'list': {
      const { database } = await prepare(values.data);
      try {
        const keys = await listApiKeys(database.db);
        if (!keys.length) console.log('还没有接口密钥 (no API keys)');
        for (const k of keys) {
          const state = k.revokedAt ? `已吊销 ${k.revokedAt.toISOString()}` : '有效';
          const used = k.lastUsedAt ? `最近使用 ${k.lastUsedAt.toISOString()}` : '未使用';
          console.log(`${String(k.id).padStart(4)}  ${k.prefix}…  ${k.name}  ${k.perMinute}/分钟  ${state}  ${used}`);
        }
        return 0;
      } finally {
        await database.close();
      }
    }
    case 'revoke': {
      const id = positionals[0];
      if (!id || !/^\d{1,9}$/.test(id) || positionals.length > 1) {
        console.error(USAGE);
        return 2;
      }
      const { database } = await prepare(values.data);
      try {
        const found = await findApiKey(database.db, Number(id));
        if (!found) {
          console.error(`接口密钥不存在：${id}`);
          return 1;
        }
        await revokeApiKey(database.db, found.id, new Date());
        console.log(found.revokedAt ? `接口密钥 #${found.id} 早已吊销` : `已吊销接口密钥 #${found.id}「${found.name}」`);
        return 0;
      } finally {
        await database.close();
      }
    }
    default:
      console.error(USAGE);
      return 2;
  }
}
