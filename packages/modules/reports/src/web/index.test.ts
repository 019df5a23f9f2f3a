import { screenMismatch } from '@city-app/web';
import { describe, expect, it } from 'vitest';
import { messages } from '../messages/index.js';
import { staffMessages } from '../messages/staff.js';
import reportsWeb from './index.js';

describe('the reports module’s browser part', () => {
  it('gives every resident screen the meta declares, and no other', () => {
    expect(screenMismatch(reportsWeb).filter((problem) => problem.startsWith('resident'))).toEqual(
      [],
    );
    expect(reportsWeb.routes.map((route) => route.path).sort()).toEqual(
      ['', 'melden', ':id'].sort(),
    );
    // The staff's too: with screens declared, the server answers only those pages.
    expect(screenMismatch(reportsWeb)).toEqual([]);
  });

  it('has every resident and staff text in German and English', () => {
    for (const catalogue of [messages, staffMessages]) {
      const keys = (locale: 'de' | 'en') => Object.keys(catalogue[locale] ?? {});
      expect(keys('en').sort()).toEqual(keys('de').sort());
    }
  });
});
