import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { townWith } from '../../test/town.js';
import { browserConfig } from './browser-config.js';
import { cityApp } from './plugin.js';

const secret = 'geheim-0c9d1e2f-smtp-passwort';

const config = townWith({
  news: { perPage: 5, mailPassword: secret },
  events: { enabled: false, feedToken: secret },
  waste: { package: '@hagenow/city-waste', enabled: true },
});

/** The source the plugin gives the browser in place of city.config.ts. */
async function configModuleSource(): Promise<string> {
  const plugin = cityApp({ config }) as Plugin & {
    configResolved(config: unknown): void;
    load(this: unknown, id: string, options?: { ssr?: boolean }): Promise<string | undefined>;
  };
  plugin.configResolved({ root: '/town', command: 'build', build: { ssr: false } });
  const source = await plugin.load.call({ addWatchFile() {} }, '/town/city.config.ts', {});
  if (typeof source !== 'string') throw new Error('the plugin did not load city.config.ts');
  return source;
}

describe('the town config the browser gets', () => {
  it('keeps which modules there are, in order and switched on or off, and none of their options', () => {
    expect(browserConfig(config).modules).toEqual({
      news: { enabled: true },
      events: { enabled: false },
      waste: { enabled: true },
    });
    expect(Object.keys(browserConfig(config).modules)).toEqual(['news', 'events', 'waste']);
    expect(browserConfig(config).town).toEqual(config.town);
  });

  it('is what the plugin puts in place of city.config.ts: no module option in its source', async () => {
    const source = await configModuleSource();
    expect(source).toContain('"appName":"Hagenow"');
    expect(source).toContain('"news":{"enabled":true}');
    expect(source).not.toContain(secret);
    expect(source).not.toContain('perPage');
  });
});
