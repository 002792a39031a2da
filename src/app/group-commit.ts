// Group commit (合并提交): requests that arrive while the database works on earlier ones are
// written (or read) together, in one transaction and one round trip for the batch, instead of one
// each. At a peak the batch grows by itself (whatever arrived during the last
// commit); a lone request goes at once. Each caller still gets its own result, only after its
// batch committed — and a batch starts after every one of its items arrived, so a read batched
// this way is as fresh as one of its own. Hand-written: the pattern is a dozen lines, and the batching libraries
// (dataloader and the like) batch reads per tick, without the "one in flight, keys apart" rules.

export interface GroupCommitOptions<I> {
  /** Two items with the same key never share a batch; a later one waits for the next, in order. None (or an item without one): any items share one. */
  key?: (item: I) => string | undefined;
  /** The most items in one batch. */
  max: number;
}

interface Waiting<I, O> {
  item: I;
  resolve: (result: O) => void;
  reject: (err: unknown) => void;
}

export class GroupCommit<I, O> {
  private queue: Waiting<I, O>[] = [];
  private running = false;

  /** `write` handles a batch and returns one result per item, in order. */
  constructor(
    private readonly write: (items: I[]) => Promise<O[]>,
    private readonly opts: GroupCommitOptions<I>,
  ) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  /** One batch in flight at a time: the next one gathers meanwhile. */
  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.queue.length > 0) await this.flush(this.take());
    } finally {
      this.running = false;
    }
  }

  /** The oldest items, each key once; the rest stay queued in their order. */
  private take(): Waiting<I, O>[] {
    const keys = new Set<string>();
    const batch: Waiting<I, O>[] = [];
    const rest: Waiting<I, O>[] = [];
    for (const w of this.queue) {
      const key = this.opts.key?.(w.item);
      if (batch.length < this.opts.max && (key === undefined || !keys.has(key))) {
        if (key !== undefined) keys.add(key);
        batch.push(w);
      } else rest.push(w);
    }
    this.queue = rest;
    return batch;
  }

  private async flush(batch: Waiting<I, O>[]): Promise<void> {
    try {
      const results = await this.write(batch.map((w) => w.item));
      batch.forEach((w, i) => w.resolve(results[i]));
    } catch (err) {
      if (batch.length === 1) return batch[0].reject(err);
      // One bad item must not fail the others: each goes again alone, and only its own error reaches it.
      for (const w of batch) await this.flush([w]);
    }
  }
}

/** One GroupCommit per context (a server's, or each test app's), made on first use. */
export function groupPerContext<C extends object, I, O>(make: (ctx: C) => GroupCommit<I, O>): (ctx: C) => GroupCommit<I, O> {
  const groups = new WeakMap<C, GroupCommit<I, O>>();
  return (ctx) => {
    let group = groups.get(ctx);
    if (!group) groups.set(ctx, (group = make(ctx)));
    return group;
  };
}
