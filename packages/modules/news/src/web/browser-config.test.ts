import { describe, expect, it } from 'vitest';
import { newsConfigOf } from '../config.js';
import { browserNewsConfig } from './browser-config.js';

describe('browserNewsConfig', () => {
  it('fills in the same defaults as the config schema', () => {
    const { perPage, categories } = newsConfigOf({ modules: { news: {} } });
    expect(browserNewsConfig({ modules: { news: {} } })).toEqual({ perPage, categories });
    expect(browserNewsConfig({ modules: {} })).toEqual({ perPage, categories });
  });

  it("keeps the town's own options", () => {
    const city = { modules: { news: { perPage: 4, categories: ['Hafen', 'Schule'] } } };
    expect(browserNewsConfig(city)).toEqual({ perPage: 4, categories: ['Hafen', 'Schule'] });
  });
});
