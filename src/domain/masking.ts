// Masking of personal data (个人信息脱敏) for lists, exports and logs.

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

/** 18-digit resident ID (身份证) and 11-digit mobile numbers inside free text. */
const ID_RE = /(?<!\d)(\d{6})\d{8}(\d{3}[\dXx])(?!\d)/g;
// An optional +86/0086 country code, and the 3-4-4 groups written with spaces or hyphens.
const MOBILE_RE = /(?<![\d+])((?:(?:\+|00)86[\s-]?)?1[3-9]\d)([\s-]?)\d{4}([\s-]?)(\d{4})(?![\d])/g;

/** Masks ID and mobile numbers that a caller typed into a request's text. */
export function maskText(text: string): string {
  return text.replace(ID_RE, '$1********$2').replace(MOBILE_RE, '$1$2****$3$4');
}

/** A phone number as stored and looked up: digits only, without the +86/0086 country code. */
export function normalizePhone(phone: string): string {
  const digits = phone.replace(/[\s\-()（）]/g, '').replace(/^(\+86|0086)(?=1\d{10}$)/, '');
  return digits;
}
