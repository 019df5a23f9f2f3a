import { describe, expect, it } from 'vitest';
import { appendEntry, insertSortedEntry, objectEntries, removeEntry } from './object-text.js';

const config = `export default defineCity({
  town: { name: 'A{b}', state: 'DE-MV' }, // a comment with } and {
  modules: {
    news: {
      categories: ['Rathaus', "Bau}stellen"],
    },
    'experiment-space': {},
  },
});
`;

describe('object text edits', () => {
  it('finds entries without being fooled by braces in strings and comments', () => {
    const root = config.indexOf('{', config.indexOf('defineCity'));
    expect(objectEntries(config, root).map((e) => e.key)).toEqual(['town', 'modules']);
    const modules = config.indexOf('{', config.indexOf('modules:'));
    expect(objectEntries(config, modules).map((e) => e.key)).toEqual(['news', 'experiment-space']);
  });

  it('appends and removes an entry, leaving the rest byte for byte', () => {
    const modules = config.indexOf('{', config.indexOf('modules:'));
    const added = appendEntry(config, modules, 'parking', () => '{}');
    expect(added).toContain("    'experiment-space': {},\n    parking: {},\n  },");
    expect(removeEntry(added, modules, 'parking')).toBe(config);
    // The first of several, and the only one.
    const withoutNews = removeEntry(config, modules, 'news');
    expect(withoutNews).toContain("  modules: {\n    'experiment-space': {},\n  },");
    expect(removeEntry(withoutNews, modules, 'experiment-space')).toContain('  modules: {},\n');
    expect(appendEntry('x = {}', 4, 'a', () => '1')).toBe('x = {\n  a: 1,\n}');
  });

  it('keeps JSON valid: sorted insertion, no trailing comma', () => {
    const json = '{\n  "dependencies": {\n    "b": "1",\n    "d": "1"\n  }\n}\n';
    const deps = json.indexOf('{', json.indexOf('"dependencies"'));
    const middle = insertSortedEntry(json, deps, 'c', '"c"', '"2"', false);
    expect(JSON.parse(middle).dependencies).toEqual({ b: '1', c: '2', d: '1' });
    expect(Object.keys(JSON.parse(middle).dependencies)).toEqual(['b', 'c', 'd']);
    const last = insertSortedEntry(json, deps, 'e', '"e"', '"2"', false);
    expect(last).toContain('    "d": "1",\n    "e": "2"\n  }');
    expect(removeEntry(last, deps, 'e')).toBe(json);
    expect(removeEntry(middle, deps, 'c')).toBe(json);
  });
});
