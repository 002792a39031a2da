// Group commit: items that arrive while a batch is written go together in the next one; items of
// one key never share a batch and keep their order; one failing item fails only itself.

import { describe, expect, it } from 'vitest';
import { GroupCommit } from '../../src/app/group-commit.js';

/** A writer that records its batches and answers each item with its text; waits for `release` per batch. */
function recorder(fail?: (item: string) => boolean) {
  const batches: string[][] = [];
  let release: () => void = () => {};
  const write = async (items: string[]) => {
    batches.push(items);
    await new Promise<void>((r) => (release = r));
    if (fail && items.some(fail)) throw new Error(`bad: ${items.filter(fail).join(',')}`);
    return items.map((i) => `ok:${i}`);
  };
  return { batches, write, release: () => release() };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('GroupCommit', () => {
  it('sends a lone item at once, and what arrived meanwhile as one batch', async () => {
    const w = recorder();
    const g = new GroupCommit(w.write, { key: (s) => s.split('.')[0], max: 10 });
    const first = g.submit('a.1');
    await tick();
    expect(w.batches).toEqual([['a.1']]);
    const rest = ['b.1', 'c.1', 'd.1'].map((i) => g.submit(i));
    await tick();
    expect(w.batches).toHaveLength(1); // one batch in flight at a time
    w.release();
    expect(await first).toBe('ok:a.1');
    await tick();
    expect(w.batches).toEqual([['a.1'], ['b.1', 'c.1', 'd.1']]);
    w.release();
    expect(await Promise.all(rest)).toEqual(['ok:b.1', 'ok:c.1', 'ok:d.1']);
  });

  it('keeps two items of one key apart, in the order they came, and caps a batch at max', async () => {
    const w = recorder();
    const g = new GroupCommit(w.write, { key: (s) => s.split('.')[0], max: 2 });
    const all = [g.submit('x.0')];
    await tick();
    all.push(...['a.1', 'a.2', 'b.1', 'c.1', 'a.3'].map((i) => g.submit(i)));
    for (let n = 0; n < 5; n++) {
      w.release();
      await tick();
      await tick();
    }
    expect(await Promise.all(all)).toEqual(['ok:x.0', 'ok:a.1', 'ok:a.2', 'ok:b.1', 'ok:c.1', 'ok:a.3']);
    expect(w.batches).toEqual([['x.0'], ['a.1', 'b.1'], ['a.2', 'c.1'], ['a.3']]);
  });

  it('without a key, equal items share a batch', async () => {
    const w = recorder();
    const g = new GroupCommit(w.write, { max: 10 });
    const first = g.submit('k');
    await tick();
    const more = [g.submit('k'), g.submit('k')];
    w.release();
    await first;
    await tick();
    w.release();
    await Promise.all(more);
    expect(w.batches).toEqual([['k'], ['k', 'k']]);
  });

  it('a failing batch is written again item by item: only the bad item fails', async () => {
    const w = recorder((i) => i === 'bad');
    const g = new GroupCommit(w.write, { max: 10 });
    const first = g.submit('first');
    await tick();
    const later = ['good1', 'bad', 'good2'].map((i) => g.submit(i).catch((e: Error) => e.message));
    for (let n = 0; n < 6; n++) {
      w.release();
      await tick();
      await tick();
    }
    expect(await first).toBe('ok:first');
    expect(await Promise.all(later)).toEqual(['ok:good1', 'bad: bad', 'ok:good2']);
    expect(w.batches).toEqual([['first'], ['good1', 'bad', 'good2'], ['good1'], ['bad'], ['good2']]);
  });
});
