import { defineModuleMeta } from '@city-app/core';
import { describe, expect, it } from 'vitest';
import { defineWebModule, type WebModule } from '../module.js';
import { buildRouteTable, joinPath, matchPath, mayAccess, resolveRoute } from './match.js';

const screen = async () => ({ default: () => null });

function webModule(
  id: string,
  routes: string[],
  adminRoutes: string[] = [],
  path?: string,
): WebModule {
  const manifest = defineModuleMeta({
    id,
    title: { de: id, en: id },
    description: { de: id, en: id },
    field: 'culture',
    personalData: [],
    messages: { de: {}, en: {} },
    ...(path ? { path } : {}),
  });
  return defineWebModule({
    manifest,
    screens: Object.fromEntries(routes.map((p) => [p, screen])),
    admin: adminRoutes.length
      ? { role: 'editor', screens: Object.fromEntries(adminRoutes.map((p) => [p, screen])) }
      : undefined,
  });
}

describe('matchPath', () => {
  it('matches static and parameter segments, ignoring a trailing slash', () => {
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/news', '/news/')).toEqual({});
    expect(matchPath('/news/:slug', '/news/baustelle-lange-strasse')).toEqual({
      slug: 'baustelle-lange-strasse',
    });
    expect(matchPath('/news/:slug', '/news')).toBeNull();
    expect(matchPath('/news', '/news/x')).toBeNull();
    expect(matchPath('/', '/news')).toBeNull();
  });

  it('decodes segments and rejects malformed escapes', () => {
    expect(matchPath('/orte/:name', '/orte/M%C3%BChle')).toEqual({ name: 'Mühle' });
    expect(matchPath('/orte/:name', '/orte/%E0%A4%A')).toBeNull();
  });

  it('captures the rest of the path with a trailing *', () => {
    expect(matchPath('/docs/*', '/docs/a/b%20c')).toEqual({ '*': 'a/b c' });
    expect(matchPath('/docs/*', '/docs')).toBeNull();
  });

  it('joins path parts without doubled or trailing slashes', () => {
    expect(joinPath('/news', '')).toBe('/news');
    expect(joinPath('/admin', '/news/', ':id')).toBe('/admin/news/:id');
    expect(joinPath('/', '')).toBe('/');
  });
});

describe('route table', () => {
  const news = webModule('news', ['', ':slug', 'archiv'], ['', ':id']);
  const events = webModule('events', ['', ':id'], [], '/veranstaltungen');
  const rogue = webModule('rogue', ['', 'x'], [], '/impressum');
  const table = buildRouteTable([news, events, rogue]);

  it('resolves shell pages, module screens and staff screens', () => {
    expect(resolveRoute(table, '/')?.target).toEqual({ kind: 'shell', page: 'home' });
    expect(resolveRoute(table, '/barrierefreiheit')?.target).toEqual({
      kind: 'shell',
      page: 'accessibility',
    });
    const detail = resolveRoute(table, '/veranstaltungen/42');
    expect(detail?.target.kind === 'module' && detail.target.module.manifest.id).toBe('events');
    expect(detail?.params).toEqual({ id: '42' });
    const admin = resolveRoute(table, '/admin/news/7');
    expect(admin?.target).toMatchObject({ kind: 'admin', role: 'editor' });
    expect(admin?.params).toEqual({ id: '7' });
    expect(resolveRoute(table, '/admin')?.target).toEqual({ kind: 'shell', page: 'admin' });
  });

  it('prefers a static segment over a parameter whatever the declaration order', () => {
    const archive = resolveRoute(table, '/news/archiv');
    expect(archive?.target.kind === 'module' && archive.target.route.path).toBe('archiv');
    expect(archive?.params).toEqual({});
  });

  it('keeps shell pages out of a module’s reach and answers null for unknown paths', () => {
    expect(resolveRoute(table, '/impressum')?.target).toEqual({ kind: 'shell', page: 'imprint' });
    expect(resolveRoute(table, '/impressum/x')?.target.kind).toBe('module');
    expect(resolveRoute(table, '/gibt-es-nicht')).toBeNull();
  });
});

describe('mayAccess', () => {
  it('lets the module role and admins in, nobody else', () => {
    expect(mayAccess({ roles: ['editor'] }, 'editor')).toBe(true);
    expect(mayAccess({ roles: ['admin'] }, 'librarian')).toBe(true);
    expect(mayAccess({ roles: ['editor'] }, 'librarian')).toBe(false);
    expect(mayAccess(null, 'editor')).toBe(false);
  });
});
