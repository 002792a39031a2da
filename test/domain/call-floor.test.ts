// The call floor's settings (话务设置): stored values, with the standard defaults for what is missing.

import { describe, expect, it } from 'vitest';
import { callFloorSettings } from '../../src/domain/call-floor.js';

// The usual city standards: 15 s to answer, 5 s short abandon, callback within 2 working hours,
// three attempts, 接通率 ≥ 95 %, 15 秒及时率 ≥ 80 %, 60 s after-call work.
const STANDARD = {
  answerWithinSeconds: 15,
  shortAbandonSeconds: 5,
  missedCallbackMinutes: 120,
  missedCallbackAttempts: 3,
  answerRateTarget: 0.95,
  withinRateTarget: 0.8,
  afterCallSeconds: 60,
  busyReasons: ['会议', '培训', '就餐', '休息'],
};

describe('call floor settings', () => {
  it('are the standard ones when nothing is stored', () => {
    expect(callFloorSettings(null)).toEqual(STANDARD);
    expect(callFloorSettings(undefined)).toEqual(STANDARD);
    expect(callFloorSettings({})).toEqual(STANDARD);
  });

  it('keep what is stored and fill the rest with the standard ones', () => {
    expect(callFloorSettings({ answerWithinSeconds: 20, busyReasons: ['会议'] })).toEqual({
      ...STANDARD,
      answerWithinSeconds: 20,
      busyReasons: ['会议'],
    });
    expect(callFloorSettings({ afterCallSeconds: 0 })).toEqual({ ...STANDARD, afterCallSeconds: 0 });
  });
});
