// The layers of src/ and the one direction their imports run (README, "Code layout"): every
// relative import of every .ts file under src/ — static, type-only, re-exports and dynamic
// import() alike — is checked against the rules, and the import graph must have no cycle.

import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './process.js';

const SRC = path.join(ROOT, 'src');

type Layer = 'domain' | 'text' | 'store' | 'app' | 'listeners' | 'api' | 'channels' | 'jobs' | 'cli' | 'demo';

/** What each layer may import besides itself. */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  domain: [],
  text: ['domain'],
  store: ['domain', 'text'],
  app: ['store', 'domain', 'text'],
  listeners: ['app', 'store', 'domain', 'text'],
  api: ['app', 'store', 'domain', 'text'],
  channels: ['app', 'store', 'domain', 'text'],
  jobs: ['app', 'store', 'domain', 'text'],
  cli: ['app', 'store', 'domain', 'text', 'demo'],
  demo: ['app', 'store', 'domain', 'text'],
};

/**
 * The server's assembly puts the pieces together: src/api/app.ts also registers the listeners;
 * src/cli.ts (`serve`) starts the HTTP server, the channels, the timers and the listeners.
 * Nothing else imports api.
 */
const ASSEMBLY: Record<string, readonly string[]> = {
  // The signed HTTP adapter to the telephony system's commands is the server's default port (call hand-off).
  'api/app.ts': ['listeners/', 'channels/telephony.ts'],
  'cli.ts': ['api/app.ts', 'channels/', 'jobs/', 'listeners/'],
};

function layerOf(file: string): Layer {
  if (file === 'cli.ts') return 'cli';
  const top = file.split('/')[0];
  if (file.split('/').length === 1) throw new Error(`src/${file}: a file outside the layers`);
  return top as Layer;
}

function sourceFiles(dir = SRC): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(p);
    return d.name.endsWith('.ts') && !d.name.endsWith('.d.ts') ? [path.relative(SRC, p).split(path.sep).join('/')] : [];
  });
}

/** The src-relative files a file imports (relative specifiers only; packages are not ours). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(SRC, file), 'utf8');
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((s) => s.startsWith('.'))
    .map((s) => {
      const abs = path.resolve(path.dirname(path.join(SRC, file)), s);
      const rel = path.relative(SRC, abs).split(path.sep).join('/');
      const candidates = [rel.replace(/\.js$/, '.ts'), rel, `${rel}.ts`, `${rel}/index.ts`];
      return candidates.find((c) => fs.existsSync(path.join(SRC, c))) ?? rel;
    });
}

const files = sourceFiles();
const graph = new Map(files.map((f) => [f, importsOf(f)]));

/** Every import against the rules, as "from → to (why)". */
function violations(): string[] {
  const out: string[] = [];
  for (const [from, tos] of graph) {
    const own = layerOf(from);
    for (const to of tos) {
      if (to.startsWith('..')) {
        out.push(`${from} → ${to} (outside src/)`);
        continue;
      }
      const theirs = layerOf(to);
      if (theirs === own || ALLOWED[own].includes(theirs)) continue;
      if (ASSEMBLY[from]?.some((p) => (p.endsWith('/') ? to.startsWith(p) : to === p))) continue;
      out.push(`src/${from} → src/${to} (${own} may not import ${theirs})`);
    }
  }
  return out;
}

/** Each import cycle once, as the files around it (Tarjan's strongly connected components). */
function cycles(): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      const selfLoop = (graph.get(v) ?? []).includes(v);
      if (scc.length > 1 || selfLoop) out.push(scc.sort().map((f) => `src/${f}`));
    }
  };
  for (const f of files) if (!idx.has(f)) visit(f);
  return out;
}

describe('architecture', () => {
  it('finds the source files and their imports', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(graph.get('api/app.ts')).toContain('store/db.ts');
  });

  it('every import runs the allowed way: domain, text ← store ← app ← listeners, api, channels, jobs, cli', () => {
    expect(violations()).toEqual([]);
  });

  it('no import cycle', () => {
    expect(cycles()).toEqual([]);
  });
});
