// `hotline apikey add|list|revoke` — API keys for the systems that call the hotline, each for
// one scope: an Open311 client, the telephony system, the SMS gateway, a data feed, 110.

import { parseArgs } from 'node:util';
import { prepare } from './database.js';
import {
  API_KEY_SCOPES,
  createApiKey,
  DEFAULT_PER_MINUTE,
  findApiKey,
  isApiKeyScope,
  listApiKeys,
  revokeApiKey,
  validName,
  validPerMinute,
  validScope,
} from '../store/apikeys.js';

const USAGE = `用法 / usage:
  hotline apikey add --name NAME --scope SCOPE [--limit PER_MINUTE] [--data DIR]   新建密钥（密钥只在最后一行显示一次）
  hotline apikey list [--data DIR]                                                  列出密钥（不显示密钥本身）
  hotline apikey revoke ID [--data DIR]                                             吊销密钥
SCOPE（用途）: open311 开放接口 | telephony 话务系统 | sms 短信网关 | feed 数据推送 | 110 110 联动`;

export async function apikeyCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { name: { type: 'string' }, scope: { type: 'string' }, limit: { type: 'string' }, data: { type: 'string' } },
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
      const scope = values.scope ?? '';
      const perMinute = values.limit === undefined ? DEFAULT_PER_MINUTE : Number(values.limit);
      const problem =
        validName(name) ??
        (scope ? validScope(scope) : `缺少 --scope（用途，${API_KEY_SCOPES.join('|')} 之一）`) ??
        // A unit key names its unit and acts as a user of it: made by an admin (docs/unit-systems.md).
        (scope === 'unit' ? '单位系统（unit）密钥须指定单位：请在控制台“自建系统对接”或 POST /api/v1/admin/api-keys 中新建' : null) ??
        (values.limit !== undefined && !/^\d+$/.test(values.limit) ? '--limit 应为正整数' : validPerMinute(perMinute));
      if (problem || positionals.length || !isApiKeyScope(scope)) {
        if (problem) console.error(problem);
        console.error(USAGE);
        return 2;
      }
      const { database } = await prepare(values.data);
      try {
        const { key, info } = await createApiKey(database.db, { name, scope, perMinute, createdBy: null });
        console.log(`已创建接口密钥 #${info.id}「${info.name}」，用途 ${info.scope}，每分钟最多 ${info.perMinute} 次请求。密钥只显示这一次，请妥善保存：`);
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
          console.log(`${String(k.id).padStart(4)}  ${k.prefix}…  ${k.scope.padEnd(9)}  ${k.name}  ${k.perMinute}/分钟  ${state}  ${used}`);
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
        await revokeApiKey(database.db, found.id, new Date(), null);
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
