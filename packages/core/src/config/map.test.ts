import { describe, expect, it } from 'vitest';
import { mapSchema, tileOrigin } from './map.js';

const tiles = (url: string) =>
  mapSchema.safeParse({ tiles: { url, attribution: '© OpenStreetMap-Mitwirkende' } });

describe('the town’s map tiles', () => {
  it('are none unless the town sets them', () => {
    expect(mapSchema.parse(undefined)).toEqual({});
  });

  it('take an https template on one host, with a default closest zoom', () => {
    const parsed = tiles('https://tiles.hagenow.de/osm/{z}/{x}/{y}{r}.png');
    expect(parsed.success && parsed.data.tiles).toEqual({
      url: 'https://tiles.hagenow.de/osm/{z}/{x}/{y}{r}.png',
      attribution: '© OpenStreetMap-Mitwirkende',
      maxZoom: 19,
    });
  });

  it('refuse plain http, several hosts ({s}), a missing placeholder and credentials', () => {
    expect(tiles('http://tiles.hagenow.de/{z}/{x}/{y}.png').success).toBe(false);
    expect(tiles('https://{s}.tile.example.org/{z}/{x}/{y}.png').success).toBe(false);
    expect(tiles('https://tiles.hagenow.de/{z}/{x}.png').success).toBe(false);
    expect(tiles('https://user:pw@tiles.hagenow.de/{z}/{x}/{y}.png').success).toBe(false);
    expect(tiles('tiles/{z}/{x}/{y}.png').success).toBe(false);
  });

  it('name the origin the CSP allows', () => {
    expect(tileOrigin('https://tiles.hagenow.de:8443/osm/{z}/{x}/{y}.png')).toBe(
      'https://tiles.hagenow.de:8443',
    );
  });
});
