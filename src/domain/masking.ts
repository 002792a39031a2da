// Masking of personal data (个人信息脱敏): one rule for every place a ticket's text leaves the
// server — responses, exports, notifications, reports, mail and logs. Revealing the original is
// one audited step (POST /tickets/{id}/reveal).

/** 13812345678 → 138****5678; short numbers keep only their last 2 digits. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return phone ?? null;
  const p = phone.trim();
  if (p.length >= 11) return `${p.slice(0, 3)}****${p.slice(-4)}`;
  if (p.length > 4) return `${'*'.repeat(p.length - 2)}${p.slice(-2)}`;
  return '*'.repeat(p.length);
}

/** 张三 → 张*, 欧阳娜娜 → 欧***, John Smith → J*********. */
export function maskName(name: string | null | undefined): string | null {
  if (!name) return name ?? null;
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  return chars[0] + '*'.repeat(chars.length - 1);
}

/** 18-digit resident ID (身份证): keeps the 6-digit region and the last 4. */
const ID_RE = /(?<![\dA-Za-z])(\d{6})\d{8}(\d{3}[\dXx])(?![\dA-Za-z])/g;
// An optional +86/0086 country code, and the 3-4-4 groups written with spaces or hyphens.
const MOBILE_RE = /(?<![\d+])((?:(?:\+|00)86[\s-]?)?1[3-9]\d)([\s-]?)\d{4}([\s-]?)(\d{4})(?![\d])/g;
/** A fixed line with its area code: 0731-88886666, 0731 8888 6666, (0731)88886666 → 0731-******66. */
const LANDLINE_RE = /(?<![\d])([(（]?0\d{2,3}[)）]?)([\s-]?)(\d{3,4})([\s-]?)(\d{2})(\d{2})(?!\d)/g;
/** Licence plates (车牌): 湘A12345, 湘A·D12345 (new energy), 湘 A 1234 5 → 湘A****5. */
const PLATE_RE = /([京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领])\s?([A-Z])[\s·•.-]?((?:[A-Z0-9]\s?){4,5})([A-Z0-9挂学警港澳])(?![A-Za-z0-9])/g;
/** E-mail addresses: zhang.san@qq.com → z***@qq.com (the provider says little about the person). */
const EMAIL_RE = /([A-Za-z0-9])[A-Za-z0-9._%+-]*@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;
/** QQ numbers named as such: QQ 12345678, qq号：12345678. */
const QQ_RE = /((?<![A-Za-z])(?:QQ|qq|Qq|扣扣)\s*(?:号码?)?\s*[:：是为]?\s*)\d{5,12}/g;
/** WeChat ids named as such: 微信号 abc_123, vx：abc123, wechat id abc123 (a phone number is masked as one). */
const WECHAT_RE = /((?<![A-Za-z])(?:微信|微信号|vx|VX|wx|WX|wechat|WeChat)\s*(?:号|ID|id)?\s*[:：是为]?\s*)([A-Za-z][-_A-Za-z0-9]{5,19})/g;
/** Rooms (门牌到户): 3栋2单元501室 → 3栋2单元***室, 1201室, 5-2-301 → 5-2-***. The building stays: it locates the problem, the room locates the person. */
const ROOM_RE = /(?<![\d-])\d{3,4}(?=\s?(?:室|房(?![屋子产价租东源型])))/g;
const ROOM_AFTER_UNIT_RE = /(单元\s?)\d{3,4}(?!\d)/g;
const TRIPLE_ROOM_RE = /(?<![\d-])(\d{1,3}-\d{1,2}-)\d{3,4}(?![\d-])/g;

/**
 * Masks what identifies a person inside free text: ID, mobile and fixed-line numbers, licence
 * plates, e-mail, QQ and WeChat ids, room numbers, and the given names (the caller's own name
 * wherever it appears).
 */
export function maskText(text: string, names: readonly (string | null | undefined)[] = []): string {
  let out = text
    .replace(ID_RE, '$1********$2')
    .replace(MOBILE_RE, '$1$2****$3$4')
    .replace(LANDLINE_RE, (_m, area: string, s1: string, a: string, s2: string, _b: string, last: string) => `${area}${s1}${'*'.repeat(a.length)}${s2}**${last}`)
    .replace(PLATE_RE, (_m, province: string, letter: string, middle: string) => `${province}${letter}${'*'.repeat(middle.replace(/\s/g, '').length)}${_m.slice(-1)}`)
    .replace(EMAIL_RE, '$1***@$2')
    .replace(QQ_RE, '$1****')
    .replace(WECHAT_RE, '$1****')
    .replace(TRIPLE_ROOM_RE, '$1***')
    .replace(ROOM_AFTER_UNIT_RE, '$1***')
    .replace(ROOM_RE, '***');
  for (const name of names) {
    const n = name?.trim();
    // A one-character "name" would mask every occurrence of a common character.
    if (n && [...n].length >= 2) out = out.split(n).join(maskName(n) ?? '');
  }
  return out;
}

/** Words shown as the reason for a match (shared words, keywords): each masked, repeats dropped. */
export function maskWords(words: readonly string[], names: readonly (string | null | undefined)[] = []): string[] {
  return [...new Set(words.map((w) => maskText(w, names)))];
}

/** Text that may be null: masked, or null. */
export function maskOptionalText(text: string | null | undefined, names: readonly (string | null | undefined)[] = []): string | null {
  return text == null ? null : maskText(text, names);
}

/**
 * A structured value (an event's payload, a message's detail) with every string inside masked.
 * Keys named for personal fields get the field's own rule (a name keeps its surname, a phone its
 * ends).
 */
export function maskDeep<T>(value: T, names: readonly (string | null | undefined)[] = []): T {
  const walk = (v: unknown, key: string | null): unknown => {
    if (typeof v === 'string') {
      if (key && /name$/i.test(key) && /caller|citizen|author|contact|first|last/i.test(key)) return maskName(v);
      if (key && /phone$/i.test(key)) return maskPhone(v);
      return maskText(v, names);
    }
    if (Array.isArray(v)) return v.map((x) => walk(x, null));
    if (v && typeof v === 'object' && !(v instanceof Date)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, walk(x, k)]));
    }
    return v;
  };
  return walk(value, null) as T;
}

/** A phone number as stored and looked up: digits only, without the +86/0086 country code. */
export function normalizePhone(phone: string): string {
  const digits = phone.replace(/[\s\-()（）]/g, '').replace(/^(\+86|0086)(?=1\d{10}$)/, '');
  return digits;
}
