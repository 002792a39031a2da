// The changes this process hears of, for its event streams (GET /api/v1/events): ticket changes
// come from the committed event stream (src/listeners/live.ts publishes them here); whoever
// streams them to a user subscribes.

import type { Change } from '../store/events.js';

export type { Change };

export class ChangeHub {
  private readonly subscribers = new Set<(change: Change) => void>();

  /** Calls fn with every change published from now on; returns the function that stops it. */
  subscribe(fn: (change: Change) => void): () => void {
    this.subscribers.add(fn);
    return () => {
      this.subscribers.delete(fn);
    };
  }

  get size(): number {
    return this.subscribers.size;
  }

  publish(change: Change): void {
    for (const fn of this.subscribers) {
      try {
        fn(change);
      } catch {
        // One subscriber's failure (a closed socket) is not the others' business.
      }
    }
  }
}
