// The sign-in rules as pure functions: how long a lock lasts, and which passwords may be set.
// Expected values are the rule worked by hand, not the module's own constants.

import { describe, expect, it } from 'vitest';
import { passwordProblem } from '../../src/domain/password.js';
import { lockMinutes, lockSteps, secondsUntil } from '../../src/domain/sign-in-throttle.js';
import { generatePassword } from '../../src/store/users.js';
import { PASSWORD } from '../helpers.js';

describe('lock lengths', () => {
  it('double from a minute with each lock in a row, up to an hour', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map(lockMinutes)).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
    expect(lockSteps()).toEqual([60, 120, 240, 480, 960, 1920, 3600]);
  });
  it('Retry-After is whole seconds, rounded up, at least 1', () => {
    const now = new Date('2026-03-02T01:00:00Z');
    expect(secondsUntil(new Date('2026-03-02T01:01:00Z'), now)).toBe(60);
    expect(secondsUntil(new Date('2026-03-02T01:00:00.200Z'), now)).toBe(1);
    expect(secondsUntil(now, now)).toBe(1);
  });
});

describe('passwords', () => {
  it.each([
    ['password', '密码至少 10 个字符'],
    ['短密码１２３', '密码至少 10 个字符'],
    ['1234567890', '密码过于常见，容易被猜到'],
    ['qwertyuiop', '密码过于常见，容易被猜到'],
    ['Password123!', '密码与常见密码太相似，容易被猜到'],
    ['abcdefghijklmn', '密码含有 abc、123 这样的顺序，容易被猜到'],
    ['aaaaaaaaaaaa', '密码含有重复的字符，容易被猜到'],
  ])('%s is refused: %s', (password, why) => {
    expect(passwordProblem(password, 'someone')).toBe(why);
  });

  it('refuses the user name inside the password, in any case', () => {
    expect(passwordProblem('li.hua violet harbour', 'li.hua')).toBe('密码不能包含用户名');
    expect(passwordProblem('violet LI.HUA harbour', 'li.hua')).toBe('密码不能包含用户名');
  });

  it('refuses the service’s own words', () => {
    expect(passwordProblem('hotline12345', 'someone')).not.toBeNull();
  });

  it('accepts long uncommon passwords, the test fixture and generated ones', () => {
    for (const p of ['violet harbour tandem', 'plum kettle orbit 42', PASSWORD, 'Hx7!pq2Lm9#v']) expect(passwordProblem(p, 'someone'), p).toBeNull();
    for (let i = 0; i < 300; i++) {
      const p = generatePassword();
      expect(passwordProblem(p, 'admin'), p).toBeNull();
    }
  });
});
