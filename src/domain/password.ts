// What makes a password acceptable (OWASP ASVS 2.1, NIST SP 800-63B 5.1.1.2): at least 10
// characters, not the user name, and not guessable by an attacker's dictionary and patterns.
// Every place that sets a password calls passwordProblem(): the admin API, the console's reset
// and `hotline user add`.
//
// Guessability is zxcvbn-ts's estimate, a maintained library with the common-password lists,
// keyboard patterns, sequences, dates and l33t rules, rather than a hand list. It is pure
// computation over dictionaries held in memory (no I/O, no framework), which is why it may live
// in domain/ beside the other rules; the dictionaries are built on the first check only.

import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';

export const MIN_PASSWORD_LENGTH = 10;

/**
 * zxcvbn's score 3 means an estimated 10^8 to 10^10 guesses: "safely unguessable, moderate
 * protection from an offline slow-hash attack". Score 2 only resists a throttled online attack,
 * but the point of a strong password is the day the hashes leak (scrypt is a slow hash), and
 * then only 3 and up hold. Score 4 would refuse too many passwords people can remember.
 */
export const MIN_PASSWORD_SCORE = 3;

/** Words of this service that an attacker would try first (NIST's "context-specific words"). */
const CONTEXT_WORDS = ['hotline', 'rexian', '12345', 'zhengwu', 'zhengfu', 'bianmin', 'woaini', '5201314', 'admin', 'administrator', 'guanliyuan'];

let factory: ZxcvbnFactory | null = null;
const zxcvbn = () =>
  (factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, context: CONTEXT_WORDS },
    graphs: common.adjacencyGraphs,
    // Levenshtein matching costs ~200 ms of CPU a check; l33t and the dictionaries catch the rest.
    useLevenshteinDistance: false,
  }));

/** zxcvbn's warnings (plain keys) in Chinese; anything else gets the general sentence. */
const WARNINGS: Record<string, string> = {
  topTen: '密码过于常见，容易被猜到',
  topHundred: '密码过于常见，容易被猜到',
  common: '密码过于常见，容易被猜到',
  similarToCommon: '密码与常见密码太相似，容易被猜到',
  straightRow: '密码是键盘上连续的按键，容易被猜到',
  keyPattern: '密码是键盘上的简单图案，容易被猜到',
  simpleRepeat: '密码含有重复的字符，容易被猜到',
  extendedRepeat: '密码含有重复的片段，容易被猜到',
  sequences: '密码含有 abc、123 这样的顺序，容易被猜到',
  recentYears: '密码含有近年的年份，容易被猜到',
  dates: '密码含有日期，容易被猜到',
  userInputs: '密码不能包含用户名或本系统的名称',
  wordByItself: '单个单词作密码容易被猜到',
  namesByThemselves: '姓名作密码容易被猜到',
  commonNames: '常见姓名作密码容易被猜到',
};
const GENERAL = '密码强度不足，容易被猜到：请用更长、不规则的密码，例如几个不相关的词';

/**
 * Why this password may not be used (a zh-CN sentence for the user), or null when it is fine.
 * `username`: the account it is for.
 */
export function passwordProblem(password: string, username?: string | null): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return `密码至少 ${MIN_PASSWORD_LENGTH} 个字符`;
  // A name of 3 characters or more inside the password; shorter names are still zxcvbn's user input.
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) return '密码不能包含用户名';
  const result = zxcvbn().check(password, username ? [username] : []);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  return (result.feedback.warning && WARNINGS[result.feedback.warning]) || GENERAL;
}
