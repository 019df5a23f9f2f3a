import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parkingMeta as meta } from '../../test/module-meta.js';
import { checkModuleScreens, defineModule, defineModuleMeta } from './manifest.js';
import { joinPath, matchPath, screenPatternProblem } from './screen-path.js';

describe('screen path patterns', () => {
  it('match static segments, named parameters and a trailing catch-all', () => {
    expect(matchPath('/news', '/news/')).toEqual({});
    expect(matchPath('/news/:slug', '/news/stra%C3%9Fe')).toEqual({ slug: 'straße' });
    expect(matchPath('/files/*', '/files/a/b')).toEqual({ '*': 'a/b' });
    expect(matchPath('/files/*', '/files')).toBeNull();
    expect(matchPath('/news/:slug', '/news/a/b')).toBeNull();
    expect(matchPath('/news/:slug', '/news/%E0%A4%A')).toBeNull();
  });

  it('join into one absolute path', () => {
    expect(joinPath('/admin', '/experimentierraum', 'kurse/:id')).toBe(
      '/admin/experimentierraum/kurse/:id',
    );
    expect(joinPath('/news', '')).toBe('/news');
  });

  it('are relative, with named parameters and `*` only at the end', () => {
    expect(screenPatternProblem('')).toBeNull();
    expect(screenPatternProblem('kurse/:id')).toBeNull();
    expect(screenPatternProblem('dateien/*')).toBeNull();
    expect(screenPatternProblem('/kurse')).toMatch(/must not start/);
    expect(screenPatternProblem('a//b')).toMatch(/empty segment/);
    expect(screenPatternProblem('kurse/:')).toMatch(/without a name/);
    expect(screenPatternProblem('*/x')).toMatch(/only end/);
  });
});

describe('a module’s declared screens', () => {
  it('are kept as declared; a malformed or doubled pattern is refused where the module loads', () => {
    const screens = { resident: ['', ':slug'], staff: [''] };
    expect(defineModuleMeta({ ...meta, screens }).screens).toEqual(screens);
    const manifest = (resident: string[]) =>
      checkModuleScreens(
        defineModule({ ...meta, configSchema: z.object({}), screens: { resident } }),
      );
    expect(() => manifest(['', ':slug'])).not.toThrow();
    expect(() => manifest(['/x'])).toThrow(/screens\.resident: "\/x" must not start/);
    expect(() => manifest([':id', ':id'])).toThrow(/declared twice/);
  });
});
