import { describe, expect, it } from 'vitest';
import { appRouteMatcher } from './app-routes.js';

describe('the app routes the server answers with the app', () => {
  const isAppRoute = appRouteMatcher([
    {
      path: '/experimentierraum',
      screens: { resident: ['', 'buchen/:id', 'kurse'], staff: ['', 'kurse/:id'] },
    },
    { path: '/aushaenge' },
  ]);

  it("are the shell's pages and the screens a module declares", () => {
    for (const path of [
      '/',
      '/impressum',
      '/experimentierraum',
      '/experimentierraum/',
      '/experimentierraum/buchen/3d-drucker',
      '/experimentierraum/kurse',
      '/admin/experimentierraum',
      '/admin/experimentierraum/kurse/7',
    ])
      expect(isAppRoute(path), path).toBe(true);
  });

  it('are not other paths under a module that declares its screens', () => {
    for (const path of [
      '/experimentierraum/xyz',
      '/experimentierraum/buchen',
      '/experimentierraum/buchen/a/b',
      '/experimentierraum/kurse/7',
      '/admin/experimentierraum/xyz',
      '/experimentierraumx',
      '/experimentierraum//kurse',
    ])
      expect(isAppRoute(path), path).toBe(false);
  });

  it('are every path under a module that declares none, as before screens were declared', () => {
    expect(isAppRoute('/aushaenge/was/auch/immer')).toBe(true);
    expect(isAppRoute('/admin/aushaenge/1')).toBe(true);
    expect(isAppRoute('/aushaengex')).toBe(false);
  });

  it('leave a staff area out when a module declares resident screens only', () => {
    const residentsOnly = appRouteMatcher([{ path: '/umfragen', screens: { resident: [''] } }]);
    expect(residentsOnly('/umfragen')).toBe(true);
    expect(residentsOnly('/admin/umfragen')).toBe(false);
  });
});
