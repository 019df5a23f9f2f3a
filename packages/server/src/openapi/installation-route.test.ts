import { describe, expect, it } from 'vitest';
import { installationParams, installationRoute } from './installation-route.js';

describe('installationRoute', () => {
  it('adds the installation secret, its :id and the 404, keeping a route’s own 404', () => {
    const route = installationRoute({
      summary: 'Read',
      responses: { 200: { description: 'The installation.' } },
    });
    expect(route.secret).toEqual({ kind: 'installation', in: 'path', name: 'id' });
    expect(route.params).toBe(installationParams);
    expect(route.responses).toEqual({
      200: { description: 'The installation.' },
      404: { description: 'No such installation.' },
    });
    const own = installationRoute({
      summary: 'Remove',
      responses: { 404: { description: 'No such subscription.' } },
    });
    expect(own.responses[404]).toEqual({ description: 'No such subscription.' });
  });

  it('marks a route that creates the installation, which then has no 404', () => {
    const route = installationRoute(
      { summary: 'Create', responses: { 200: { description: 'Stored.' } } },
      { opensNew: true },
    );
    expect(route.secret).toMatchObject({ kind: 'installation', opensNew: true });
    expect(Object.keys(route.responses)).toEqual(['200']);
  });

  it('limits the id’s length', () => {
    expect(installationParams.safeParse({ id: 'a'.repeat(101) }).success).toBe(false);
    expect(installationParams.safeParse({ id: crypto.randomUUID() }).success).toBe(true);
  });
});
