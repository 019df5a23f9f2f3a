import { screenMismatch } from '@city-app/web';
import { describe, expect, it } from 'vitest';
import eventsWeb from './index.js';

describe('the events module’s browser part', () => {
  it('gives every resident screen the meta declares, and no other', () => {
    expect(screenMismatch(eventsWeb).filter((problem) => problem.startsWith('resident'))).toEqual(
      [],
    );
    expect(eventsWeb.routes.map((route) => route.path).sort()).toEqual(
      [':id', '', 'monat', 'eintragen', 'eintragen/bestaetigen'].sort(),
    );
    expect(screenMismatch(eventsWeb)).toEqual([]);
  });

  it('titles its home card with the town, in both languages', () => {
    const widget = eventsWeb.homeWidget as { title?: { de: string; en?: string } };
    expect(widget.title).toEqual({ de: 'Demnächst in {town}', en: 'Coming up in {town}' });
  });
});
