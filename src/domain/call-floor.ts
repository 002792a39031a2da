// The call floor's rules (话务): what counts as answered in time, which abandoned calls are not
// held against the centre, how soon a missed call must be called back, and the targets the
// wallboard and the dashboard measure against. Defaults follow GB/T 33358 and the usual city
// standards (接通率 ≥ 95 %, 15 秒人工应答及时率 ≥ 80 %, 漏接电话 2 个工作小时内回拨).

export interface CallFloorSettings {
  /** A call answered within this many seconds of entering the queue is answered in time. */
  answerWithinSeconds: number;
  /** A caller who hangs up within this many seconds is a short abandon (误拨, 未计入中心). */
  shortAbandonSeconds: number;
  /** A missed call is to be called back within this many working minutes (漏接回拨时限). */
  missedCallbackMinutes: number;
  /** Attempts at calling back a missed call before the task closes as unreachable. */
  missedCallbackAttempts: number;
  /** Targets: 接通率 and the answered-in-time rate, in [0, 1]. */
  answerRateTarget: number;
  withinRateTarget: number;
  /** After-call work (话后) ends by itself this many seconds after the call ended; 0: only when the agent says. */
  afterCallSeconds: number;
  /** The reasons an agent may give for going busy (示忙原因). */
  busyReasons: string[];
}

export const DEFAULT_CALL_FLOOR_SETTINGS: CallFloorSettings = {
  answerWithinSeconds: 15,
  shortAbandonSeconds: 5,
  missedCallbackMinutes: 120,
  missedCallbackAttempts: 3,
  answerRateTarget: 0.95,
  withinRateTarget: 0.8,
  afterCallSeconds: 60,
  busyReasons: ['会议', '培训', '就餐', '休息'],
};

/** Settings as stored (some keys may be missing or stale): the defaults fill what is not there. */
export function callFloorSettings(stored: Partial<CallFloorSettings> | null | undefined): CallFloorSettings {
  return { ...DEFAULT_CALL_FLOOR_SETTINGS, ...(stored ?? {}) };
}
