import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../testing.js';
import { findSampleFiles } from './sample-files.js';

describe('sample files of a town project', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'open-items-'));
    await mkdir(join(root, 'content', 'news'), { recursive: true });
    await mkdir(join(root, 'public'));
    await writeFile(join(root, 'content', 'news', 'b.md'), '---\ntitle: B\nsample: true\n---\n');
    await writeFile(join(root, 'content', 'news', 'a.md'), '---\ntitle: A\n---\nsample: true\n');
    await writeFile(join(root, 'content', 'news', 'c.md'), '---\nsample: true\n---\n');
    await writeFile(join(root, 'public', 'logo.svg'), '<svg data-city-app-sample="logo"></svg>');
    await writeFile(join(root, 'public', 'own.svg'), '<svg></svg>');
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('names content marked sample: true and the generated stand-in logo', async () => {
    const found = await findSampleFiles(root, { moduleIds: ['news', 'events'], logo: 'logo.svg' });
    expect(found.map((s) => s.file)).toEqual([
      'content/news/b.md',
      'content/news/c.md',
      'public/logo.svg',
    ]);
    expect(found[2]?.what?.de).toMatch(/Platzhalter-Logo/);
    const own = await findSampleFiles(root, { moduleIds: [], logo: 'own.svg' });
    expect(own).toEqual([]);
    expect(await findSampleFiles(root, { moduleIds: [], logo: '../etc/passwd' })).toEqual([]);
  });
});

describe('GET /api/open-items', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await createTestServer();
  });
  afterAll(() => t.close());

  it('lists what the town still has to fill in, to staff only', async () => {
    expect((await t.request('/api/open-items')).status).toBe(401);
    const editor = await t.loginAs(['editor']);
    const answer = await t.request('/api/open-items', { headers: editor.headers });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const { items } = (await answer.json()) as { items: { where: string; what: { de: string } }[] };
    expect(items.map((i) => i.where)).toContain('legal.imprint.email');
    expect(items.map((i) => i.where)).not.toContain('legal.imprint.address');
    expect(items.find((i) => i.where === 'legal.imprint.phone')?.what.de).toBe(
      'Telefonnummer (Impressum)',
    );
  });
});
