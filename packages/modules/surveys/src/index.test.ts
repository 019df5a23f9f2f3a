import { describe, expect, it } from 'vitest';
import manifest from './index.js';
import { messages } from './messages/index.js';

describe('the surveys manifest', () => {
  it('has an id, a field of action, a staff role, the topic "Beteiligung" and options that all have defaults', () => {
    expect(manifest.id).toBe('surveys');
    expect(manifest.path).toBe('/umfragen');
    expect(manifest.field).toBe('participation');
    expect(manifest.roles.map((r) => r.id)).toEqual(['surveys']);
    expect(manifest.topics.map((t) => t.title.de)).toEqual(['Beteiligung']);
    expect(manifest.configSchema.parse({})).toEqual({
      confirmByEmail: 'binding',
      limits: { votesPerAddress: 50, commentsPerAddressPerDay: 10 },
    });
  });

  it('refuses a negative limit and an unknown option', () => {
    expect(manifest.configSchema.safeParse({ limits: { votesPerAddress: -1 } }).success).toBe(
      false,
    );
    expect(manifest.configSchema.safeParse({ confirm: true }).success).toBe(false);
  });

  it('has every message in German and English, and only the home card’s on the app’s first script', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.de).sort());
    expect(Object.keys(messages.de).length).toBeGreaterThan(100);
    for (const locale of ['de', 'en'] as const) {
      expect(Object.keys(manifest.messages[locale]).sort()).toEqual([
        'surveys.widget.results',
        'surveys.widget.until',
        'surveys.widget.vote',
        'surveys.widget.voted',
      ]);
    }
  });
});
