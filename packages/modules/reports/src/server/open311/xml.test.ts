import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeXml, xmlDocument } from './xml.js';

const parse = (xml: string) =>
  new XMLParser({ parseTagValue: false, trimValues: false }).parse(xml) as Record<string, unknown>;

describe('the XML writer', () => {
  it('escapes markup so a resident’s words stay text', () => {
    const words = `Loch <b>"tief"</b> & 'groß' ]]> <!-- x --> <?pi?>`;
    const xml = xmlDocument('service_requests', {
      request: [{ description: words, lat: 53.43, note: null }],
    });
    expect(xml).not.toContain('<b>');
    expect(parse(xml)).toEqual({
      '?xml': '',
      service_requests: { request: { description: words, lat: '53.43', note: '' } },
    });
  });

  it('drops characters XML cannot carry instead of breaking the document', () => {
    expect(escapeXml('a\u0000b\u0007c\td\ne\uFFFEf\uD800g')).toBe('abc\td\nefg');
    expect(escapeXml('Straße 😀')).toBe('Straße 😀');
  });

  it('repeats an element for each item of a list, and writes nested elements', () => {
    const xml = xmlDocument('services', {
      service: [{ service_code: 'a' }, { service_code: 'b', keywords: { keyword: ['x', 'y'] } }],
    });
    expect(parse(xml)).toMatchObject({
      services: {
        service: [{ service_code: 'a' }, { service_code: 'b', keywords: { keyword: ['x', 'y'] } }],
      },
    });
  });
});
