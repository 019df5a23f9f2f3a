import { describe, expect, it } from 'vitest';
import { catalogueError } from '../../../test/catalogue-error.js';
import { DEFAULT_WASTE_TYPES } from '../../types/waste-type.js';
import { parseStartingCalendar } from './content.js';

const TYPES = DEFAULT_WASTE_TYPES.map((t) => t.id);

const calendar = (streets: string, tours = '') => `
tours:
  - { id: rest-1, type: restabfall, name: Restabfall 1, weekday: 2, every: 2 }
  - { id: baeume, type: weihnachtsbaeume, name: Bäume, weekday: 6, month: 1, week: 2 }
${tours}
collections:
  nord: [rest-1, baeume]
streets:
${streets}
`;

const refusal = (text: string) => catalogueError(() => parseStartingCalendar(text, TYPES));

describe('parseStartingCalendar', () => {
  it('reads tours, split streets and areas', () => {
    const parsed = parseStartingCalendar(
      `${calendar(
        `  - { name: Bahnhofstraße, houses: 1-49, collection: nord }
  - { name: Bahnhofstraße, houses: 50–98 gerade, collection: nord }
  - { name: Dorfstraße, district: Granzin, collection: nord }`,
      )}areas:\n  - { name: Viez, collection: nord }\n`,
      TYPES,
    );
    expect(parsed.tours.map((t) => [t.key, t.typeId, t.rhythm])).toEqual([
      ['rest-1', 'restabfall', { weekday: 2, every: 2, offset: 0 }],
      ['baeume', 'weihnachtsbaeume', { weekday: 6, month: 1, week: 2 }],
    ]);
    expect(parsed.locations).toEqual([
      expect.objectContaining({ name: 'Bahnhofstraße', houseFrom: 1, houseTo: 49, parity: 'all' }),
      expect.objectContaining({ houseFrom: 50, houseTo: 98, parity: 'even' }),
      expect.objectContaining({ name: 'Dorfstraße', district: 'Granzin', houseFrom: null }),
      {
        kind: 'area',
        name: 'Viez',
        district: null,
        houseFrom: null,
        houseTo: null,
        parity: 'all',
        tours: ['rest-1', 'baeume'],
      },
    ]);
  });

  it('names the line of a file that is not YAML', () => {
    const error = refusal('tours:\n  - { id: a\nstreets: [');
    expect(error.code).toBe('invalid_content');
    expect(error.message).toMatch(/^waste\/calendar\.yaml, line \d+: not valid YAML/);
  });

  it.each([
    [
      'a waste type the town does not collect',
      calendar('', '  - { id: glas, type: glas, name: Glas, weekday: 1, every: 4 }'),
      'tours.2.type',
      /"glas" is not one of the town’s waste types/,
    ],
    [
      'a collection that names no tour',
      calendar('').replace('[rest-1, baeume]', '[rest-9]'),
      'collections.nord.0',
      /no tour "rest-9"/,
    ],
    [
      'a street in no known collection',
      calendar('  - { name: Am Markt, collection: sued }'),
      'streets.0.collection',
      /no collection "sued"/,
    ],
    [
      'a street twice',
      calendar(
        '  - { name: Am Markt, collection: nord }\n  - { name: Am Markt, collection: nord }',
      ),
      'streets',
      /"Am Markt" appears twice/,
    ],
    [
      'a tour with neither rhythm',
      calendar('', '  - { id: x, type: papier, name: P, weekday: 1 }'),
      'tours.2.every',
      /either "every"/,
    ],
    [
      'a summer without its end',
      calendar('', '  - { id: x, type: papier, name: P, weekday: 1, every: 2, weeklyFrom: 6 }'),
      'tours.2.weeklyTo',
      /both "weeklyFrom" and "weeklyTo"/,
    ],
    [
      'a weekday that is Sunday',
      calendar('', '  - { id: x, type: papier, name: P, weekday: 7, every: 4 }'),
      'tours.2.weekday',
      /./,
    ],
    [
      'house numbers backwards',
      calendar('  - { name: Am Markt, houses: 9-1, collection: nord }'),
      'streets.0.houses',
      /the first not above the last/,
    ],
    [
      'two tours of one type in a collection',
      calendar('', '  - { id: rest-2, type: restabfall, name: R2, weekday: 3, every: 2 }').replace(
        '[rest-1, baeume]',
        '[rest-1, rest-2]',
      ),
      'collections.nord.1',
      /"restabfall" appears twice/,
    ],
  ])('refuses %s, naming the entry', (_what, text, field, message) => {
    const error = refusal(text);
    expect(error.code).toBe('invalid_content');
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
    expect(error.message).toContain('waste/calendar.yaml');
  });
});
