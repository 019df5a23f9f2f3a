import { describe, expect, it } from 'vitest';
import manifest from './index.js';
import { messages } from './messages/index.js';

describe('the council manifest', () => {
  it('has an id, a path, a field of action and options that all have defaults', () => {
    expect(manifest).toMatchObject({ id: 'council', path: '/rat', field: 'participation' });
    expect(manifest.configSchema.parse({})).toEqual({});
  });

  it('takes an https System address, or http on this machine only', () => {
    const parse = (system: string) => manifest.configSchema.safeParse({ oparl: { system } });
    expect(parse('https://ratsinfo.example.de/oparl/v1/system').success).toBe(true);
    expect(parse('http://127.0.0.1:8080/oparl/system').success).toBe(true);
    expect(parse('http://localhost/oparl/system').success).toBe(true);
    const refused = parse('http://ratsinfo.example.de/oparl/v1/system');
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.path).toEqual(['oparl', 'system']);
    expect(parse('ftp://ratsinfo.example.de/system').success).toBe(false);
  });

  it('ships no words with the app’s first script; every word in German and English', () => {
    expect(manifest.messages).toEqual({ de: {}, en: {} });
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.de).sort());
    expect(Object.keys(messages.de).length).toBeGreaterThan(70);
  });
});
