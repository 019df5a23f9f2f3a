import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = dirname(fileURLToPath(import.meta.url));

/** Every source file of the package (tests left out), by path relative to src. */
function sources(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [relative(SRC, path)] : [];
  });
}

/** The package's own modules a file imports, type-only imports and re-exports included. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(SRC, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((m) => m[1]);
  return specifiers.map((s) =>
    relative(SRC, resolve(SRC, dirname(file), (s as string).replace(/\.js$/, '.ts'))),
  );
}

/** The cycles of an import graph (file → files it imports), each as the path around it. */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const walk = (file: string, path: string[]) => {
    const at = path.indexOf(file);
    if (at >= 0) {
      found.push([...path.slice(at), file]);
      return;
    }
    if (done.has(file)) return;
    for (const next of graph.get(file) ?? []) walk(next, [...path, file]);
    done.add(file);
  };
  for (const file of graph.keys()) walk(file, []);
  return found;
}

describe('the import graph of notify', () => {
  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['notify.ts', ['worker.ts', 'db.ts']],
      ['worker.ts', ['notify.ts']],
      ['db.ts', []],
    ]);
    expect(cycles(graph)).toEqual([['notify.ts', 'worker.ts', 'notify.ts']]);
  });

  it('has no cycle: topics, installations, outbox and delivery share only the context', () => {
    const files = sources();
    expect(files).toContain('notify.ts');
    expect(cycles(new Map(files.map((f) => [f, importsOf(f)])))).toEqual([]);
  });
});
